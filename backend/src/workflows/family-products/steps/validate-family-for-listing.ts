import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { FAMILY_MODULE } from "../../../modules/family"
import type FamilyModuleService from "../../../modules/family/service"

export type FamilyListingAction = "create" | "submit"

/** Families that may not prepare listings at all. */
const BARRED_FROM_LISTING = ["suspended", "rejected"]

export const validateFamilyForListingStepId = "validate-family-for-listing"

/**
 * A family may prepare listings while its application is in progress, but only an approved family can send one
 * to the ministry; a suspended or rejected family can do neither. 409 naming the family's status.
 */
export const validateFamilyForListingStep = createStep(
  validateFamilyForListingStepId,
  async (input: { family_id: string; action: FamilyListingAction }, { container }) => {
    const family = await container.resolve<FamilyModuleService>(FAMILY_MODULE).retrieveFamily(input.family_id)
    if (input.action === "create" && BARRED_FROM_LISTING.includes(family.status)) {
      throw new ConflictError(
        `A family whose status is "${family.status}" cannot add products: the ministry must reinstate or approve it first`,
      )
    }
    if (input.action === "submit" && family.status !== "approved") {
      throw new ConflictError(
        `Only an approved family can send a listing for review; this family's status is "${family.status}"`,
      )
    }
    return new StepResponse({
      id: family.id,
      status: family.status,
      governorate: family.governorate ?? null,
    })
  },
)
