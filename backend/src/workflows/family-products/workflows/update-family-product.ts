import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsStep,
  updateInventoryLevelsStep,
  updateProductsWorkflow,
  updateProductVariantsStep,
} from "@medusajs/medusa/core-flows"
import { writeVariantPricesStep } from "../../pricing/steps/write-variant-prices"
import { enqueueProductRepriceStep } from "../steps/enqueue-product-reprice"
import { loadFamilyProductStep } from "../steps/load-family-product"
import { resolveListingSetupStep } from "../steps/resolve-listing-setup"
import { planProductUpdate } from "../utils/plan-product-update"
import type { FamilyProductFields } from "../utils/product-fields"

export type UpdateFamilyProductInput = {
  family_id: string
  product_id: string
  fields: Partial<FamilyProductFields>
}

export const updateFamilyProductWorkflowId = "update-family-product"

/**
 * A family edits its product. Words, category or materials of a published listing send it back to review (off
 * the storefront until the ministry approves it again); price, stock, weight and processing days do not. A new
 * JOD price is written at once and the other currencies are repriced by job. Any failure undoes every write.
 */
export const updateFamilyProductWorkflow = createWorkflow(
  updateFamilyProductWorkflowId,
  (input: UpdateFamilyProductInput) => {
    const current = loadFamilyProductStep({ product_id: input.product_id, family_id: input.family_id })
    const setup = resolveListingSetupStep({ category: input.fields.category })
    const plan = transform({ input, current, setup }, ({ input, current, setup }) =>
      planProductUpdate(current, input.fields, {
        family_status: current.family?.status ?? "draft",
        category_id: setup.category_id,
        stock_location_id: setup.stock_location_id,
      }),
    )

    const updated = when({ plan }, ({ plan }) => plan.product !== null).then(() => {
      const products = transform({ plan }, ({ plan }) => ({
        input: { products: plan.product ? [plan.product] : [] },
      }))
      return updateProductsWorkflow.runAsStep(products)
    })

    when({ plan }, ({ plan }) => plan.variant !== null).then(() => {
      updateProductVariantsStep(
        transform({ plan }, ({ plan }) => ({ product_variants: plan.variant ? [plan.variant] : [] })),
      )
    })

    when({ plan }, ({ plan }) => plan.jod_writes.length > 0).then(() => {
      writeVariantPricesStep(transform({ plan }, ({ plan }) => plan.jod_writes))
    })

    when({ plan }, ({ plan }) => plan.stock?.exists === true).then(() => {
      updateInventoryLevelsStep(
        transform({ plan }, ({ plan }) =>
          plan.stock
            ? [
                {
                  inventory_item_id: plan.stock.inventory_item_id,
                  location_id: plan.stock.location_id,
                  stocked_quantity: plan.stock.stocked_quantity,
                },
              ]
            : [],
        ),
      )
    })

    when({ plan }, ({ plan }) => plan.stock?.exists === false).then(() => {
      createInventoryLevelsStep(
        transform({ plan }, ({ plan }) =>
          plan.stock
            ? [
                {
                  inventory_item_id: plan.stock.inventory_item_id,
                  location_id: plan.stock.location_id,
                  stocked_quantity: plan.stock.stocked_quantity,
                },
              ]
            : [],
        ),
      )
    })

    when({ plan, updated }, ({ plan, updated }) => plan.changed.includes("price_jod_fils") && !!updated).then(
      () => {
        enqueueProductRepriceStep(
          transform({ updated, input }, ({ updated, input }) => ({
            id: input.product_id,
            updated_at: updated?.[0]?.updated_at ?? new Date(),
          })),
        )
      },
    )

    return new WorkflowResponse(transform({ plan }, ({ plan }) => ({ changed: plan.changed })))
  },
)
