import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, type ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listingStatusOf, medusaStatusFor } from "../../../lib/listings/lifecycle"
import FamilyProductLink from "../../../links/family-product"

type StatusChange = { id: string; from: string; to: string }

export const syncFamilyProductVisibilityStepId = "sync-family-product-visibility"

async function setStatuses(container: MedusaContainer, changes: { id: string; status: string }[]) {
  const byStatus = new Map<string, string[]>()
  for (const change of changes)
    byStatus.set(change.status, [...(byStatus.get(change.status) ?? []), change.id])
  const products = container.resolve(Modules.PRODUCT)
  for (const [status, ids] of byStatus) {
    await products.updateProducts({ id: ids }, { status: status as ProductStatus })
  }
}

/**
 * Makes Medusa's status of every product of the family follow the family's new status, in the same workflow
 * as the status change: suspending hides the family's published products from every store route and from cart
 * add at once; reinstating shows them again. Compensation puts back the statuses it changed.
 */
export const syncFamilyProductVisibilityStep = createStep(
  syncFamilyProductVisibilityStepId,
  async (input: { family_id: string; family_status: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({
      entity: FamilyProductLink.entryPoint,
      fields: ["product_id"],
      filters: { family_id: input.family_id },
    })
    const ids = links.map((link) => link.product_id as string)
    if (ids.length === 0) return new StepResponse([] as StatusChange[], [] as StatusChange[])

    const products = await container
      .resolve(Modules.PRODUCT)
      .listProducts({ id: ids }, { select: ["id", "status", "metadata"], take: null })
    const changes: StatusChange[] = products.flatMap((product) => {
      const to = medusaStatusFor(listingStatusOf(product), input.family_status)
      return to === product.status ? [] : [{ id: product.id, from: product.status, to }]
    })
    await setStatuses(
      container,
      changes.map((change) => ({ id: change.id, status: change.to })),
    )
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (!changes?.length) return
    await setStatuses(
      container,
      changes.map((change) => ({ id: change.id, status: change.from })),
    )
  },
)
