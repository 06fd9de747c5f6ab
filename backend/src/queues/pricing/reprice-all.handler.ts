import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../../modules/catalog"
import type CatalogModuleService from "../../modules/catalog/service"
import type { JobHandler } from "../define-job"
import type { repriceAllJob } from "./reprice-all"
import { repriceVariants } from "./reprice-variants"

const BATCH_SIZE = 100

/**
 * Reprices every variant in batches, reporting `{ done, total }` variants after each. Pages by id, so variants
 * added during the run are still reached; prices already right are not written, so a retry is cheap.
 */
export const repriceAll: JobHandler<typeof repriceAllJob.payload> = async ({ job, container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
  const { metadata } = await query.graph({
    entity: "product_variant",
    fields: ["id"],
    pagination: { skip: 0, take: 1 },
  })
  let total = metadata?.count ?? 0
  let done = 0
  let changed = 0
  let skipped = 0
  await job.updateProgress({ done, total })

  let after: string | undefined
  for (;;) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: after ? { id: { $gt: after } } : {},
      pagination: { take: BATCH_SIZE, order: { id: "ASC" } },
    })
    if (data.length === 0) break
    const ids = data.map((variant) => variant.id as string)
    const summary = await repriceVariants(container, ids)
    // Each batch's products show their new prices in the catalogue as soon as the batch is written.
    await catalog.refreshVariants(ids)
    changed += summary.changed
    skipped += summary.skipped.length
    done += ids.length
    total = Math.max(total, done)
    after = ids[ids.length - 1]
    await job.updateProgress({ done, total })
  }
  return { total, done, changed, skipped }
}
