import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { loadFamilyProductStep } from "../steps/load-family-product"
import { validateFamilyForListingStep } from "../steps/validate-family-for-listing"
import { validateListingTransitionStep } from "../steps/validate-listing-transition"
import { listingUpdate } from "../utils/listing-update"

export const submitFamilyProductWorkflowId = "submit-family-product"

/** An approved family sends a draft (or a listing the ministry asked to change) for review. */
export const submitFamilyProductWorkflow = createWorkflow(
  submitFamilyProductWorkflowId,
  (input: { family_id: string; product_id: string }) => {
    const product = loadFamilyProductStep(input)
    const family = validateFamilyForListingStep({ family_id: input.family_id, action: "submit" })
    const checked = validateListingTransitionStep({ product, transition: "submit" })
    updateProductsWorkflow.runAsStep({
      input: transform({ product, checked, family }, ({ product, checked, family }) => ({
        products: [
          listingUpdate(
            product,
            checked.to,
            family.status,
            (product.metadata?.listing_review_reason as string | null) ?? null,
          ),
        ],
      })),
    })
    return new WorkflowResponse(transform({ checked }, ({ checked }) => checked))
  },
)
