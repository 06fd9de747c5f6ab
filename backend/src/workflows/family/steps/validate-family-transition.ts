import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAMILY_MODULE } from "../../../modules/family"
import { missingForSubmission } from "../../../modules/family/completeness"
import type { FamilyStatus } from "../../../modules/family/constants"
import {
  assertTransition,
  FAMILY_TRANSITIONS,
  type FamilyTransition,
} from "../../../modules/family/lifecycle"
import type FamilyModuleService from "../../../modules/family/service"

export type ValidateFamilyTransitionInput = {
  family_id: string
  transition: FamilyTransition
  reason?: string | null
}

export const validateFamilyTransitionStepId = "validate-family-transition"

export const validateFamilyTransitionStep = createStep(
  validateFamilyTransitionStepId,
  async (input: ValidateFamilyTransitionInput, { container }) => {
    const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
    const family = await families.retrieveFamily(input.family_id, {
      relations: ["members", "sensitive_profile", "documents"],
    })
    const rule = FAMILY_TRANSITIONS[input.transition]
    if (rule.reasonRequired && !input.reason?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `reason: a reason is required to ${input.transition.replace("_", " ")} a family`,
      )
    }
    const from = family.status as FamilyStatus
    const to = assertTransition(input.transition, from)
    if (input.transition === "submit") {
      const missing = missingForSubmission(family as Parameters<typeof missingForSubmission>[0])
      if (missing.length > 0) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The application is not complete: missing ${missing.join(", ")}`,
        )
      }
    }
    const emails = (family.members ?? []).map((member) => member.email)
    return new StepResponse({
      family_id: family.id,
      name_en: family.name_en,
      name_ar: family.name_ar,
      from,
      to,
      emails,
    })
  },
)
