import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../../modules/catalog"
import type CatalogModuleService from "../../modules/catalog/service"
import type { JobHandler } from "../define-job"
import type { repriceProductJob } from "./reprice-product"
import { repriceVariants } from "./reprice-variants"

/** Reprices one product's variants; a product deleted since the job was queued leaves nothing to do. */
export const repriceProduct: JobHandler<typeof repriceProductJob.payload> = async ({
  payload,
  job,
  container,
}) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id"],
    filters: { product_id: payload.product_id },
  })
  const ids = data.map((variant) => variant.id as string)
  await job.updateProgress({ done: 0, total: ids.length })
  const summary = await repriceVariants(container, ids)
  // The catalogue shows the new prices once they are written (it never waits for the next product event).
  await container.resolve<CatalogModuleService>(CATALOG_MODULE).refreshProducts([payload.product_id])
  await job.updateProgress({ done: ids.length, total: ids.length })
  return {
    product_id: payload.product_id,
    total: ids.length,
    changed: summary.changed,
    skipped: summary.skipped.length,
  }
}
