import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryItemsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
} from "@medusajs/medusa/core-flows"
import { FAMILY_MODULE } from "../../../modules/family"
import { loadExchangeRatesStep } from "../../pricing/steps/load-exchange-rates"
import { resolveListingSetupStep } from "../steps/resolve-listing-setup"
import { validateFamilyForListingStep } from "../steps/validate-family-for-listing"
import type { FamilyProductFields } from "../utils/product-fields"
import { toCreateProductInput } from "../utils/product-input"

export type CreateFamilyProductInput = { family_id: string; handle: string; fields: FamilyProductFields }

export const createFamilyProductWorkflowId = "create-family-product"

/**
 * A family adds a product: a draft listing in the storefront channel, stocked at the hub, priced in all six
 * currencies (JOD exactly, the rest at today's rates) and linked to the family. Any failure undoes it all.
 */
export const createFamilyProductWorkflow = createWorkflow(
  createFamilyProductWorkflowId,
  (input: CreateFamilyProductInput) => {
    const family = validateFamilyForListingStep({ family_id: input.family_id, action: "create" })
    const setup = resolveListingSetupStep({ category: input.fields.category })
    const rates = loadExchangeRatesStep()

    const inventoryInput = transform({ input, setup }, ({ input, setup }) => ({
      input: {
        items: [
          {
            sku: input.handle.toUpperCase(),
            title: input.fields.title_en,
            weight: input.fields.weight_grams,
            requires_shipping: true,
            location_levels: [{ location_id: setup.stock_location_id, stocked_quantity: input.fields.stock }],
          },
        ],
      },
    }))
    const inventoryItems = createInventoryItemsWorkflow.runAsStep(inventoryInput)

    const productInput = transform(
      { input, setup, rates, inventoryItems, family },
      ({ input, setup, rates, inventoryItems, family }) => ({
        input: {
          products: [
            toCreateProductInput({
              handle: input.handle,
              fields: input.fields,
              setup,
              rates,
              inventory_item_id: inventoryItems[0]?.id as string,
              governorate: family.governorate,
            }),
          ],
        },
      }),
    )
    const products = createProductsWorkflow.runAsStep(productInput)

    const link = transform({ input, products }, ({ input, products }) => [
      {
        [FAMILY_MODULE]: { family_id: input.family_id },
        product: { product_id: products[0]?.id as string },
      },
    ])
    createRemoteLinkStep(link)
    return new WorkflowResponse(
      transform({ products }, ({ products }) => ({ id: products[0]?.id as string })),
    )
  },
)
