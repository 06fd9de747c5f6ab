import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type { ProjectionOverrides } from "../../../modules/catalog/projection/rows"
import type CatalogModuleService from "../../../modules/catalog/service"

export const syncCatalogFamilyStepId = "sync-catalog-family"

export type SyncCatalogFamilyInput = {
  family_id: string
  /** The family's status before this change, and the product statuses the visibility step changed. */
  previous_status: string
  product_changes: { id: string; from: string; to: string }[]
}

type Undo = { family_id: string } & ProjectionOverrides

/**
 * Rebuilds the catalogue rows of a family whose status just changed and invalidates every cached answer that
 * showed them, before the ministry's request returns: a suspended family's products are gone from the very
 * next /store/catalog response. Compensation rebuilds them as they were (the earlier steps' compensations run
 * after this one, so it says which statuses to use rather than reading them).
 */
export const syncCatalogFamilyStep = createStep(
  syncCatalogFamilyStepId,
  async (input: SyncCatalogFamilyInput, { container }) => {
    const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
    const undo: Undo = {
      family_id: input.family_id,
      family_status: input.previous_status,
      product_status: Object.fromEntries(input.product_changes.map((change) => [change.id, change.from])),
    }
    try {
      await catalog.refreshFamily(input.family_id)
    } catch (error) {
      // The rows may be written while the cache could not be told: put them back before failing.
      await catalog.refreshFamily(undo.family_id, undo).catch(() => undefined)
      throw error
    }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<CatalogModuleService>(CATALOG_MODULE).refreshFamily(undo.family_id, undo)
  },
)
