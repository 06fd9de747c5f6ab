import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { assertListingTransition, type ListingTransition } from "../../../lib/listings/lifecycle"
import { type FamilyProductRecord, listingOf } from "../utils/product-record"

export type ValidateListingTransitionInput = {
  product: FamilyProductRecord
  transition: ListingTransition
  reason?: string | null
}

export const validateListingTransitionStepId = "validate-listing-transition"

/**
 * The listing rules: a reason to ask for changes (400), a legal move from the current status (409 naming it),
 * a photo before review (400), and never a published listing for a family that is not approved (409).
 */
export const validateListingTransitionStep = createStep(
  validateListingTransitionStepId,
  async (input: ValidateListingTransitionInput) => {
    if (input.transition === "request_changes" && !input.reason?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "reason: say what the family should change")
    }
    const from = listingOf(input.product)
    const to = assertListingTransition(input.transition, from)
    if (input.transition === "submit" && !input.product.images?.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The listing is not complete: add at least one photo (POST /seller/products/:id/images) before sending it for review",
      )
    }
    const familyStatus = input.product.family?.status ?? "draft"
    if (input.transition === "approve" && familyStatus !== "approved") {
      throw new ConflictError(
        `Cannot publish a listing of a family whose status is "${familyStatus}": only an approved family's listings can be published`,
      )
    }
    return new StepResponse({ from, to, family_status: familyStatus })
  },
)
