import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { FAMILY_MODULE } from "../../../modules/family"
import type { FamilyStatus } from "../../../modules/family/constants"
import { EDITABLE_STATUSES } from "../../../modules/family/lifecycle"
import type FamilyModuleService from "../../../modules/family/service"

export const validateFamilyEditableStepId = "validate-family-editable"

/** A family edits its application only while it is a draft or the ministry asked for changes. */
export const validateFamilyEditableStep = createStep(
  validateFamilyEditableStepId,
  async (input: { family_id: string }, { container }) => {
    const family = await container.resolve<FamilyModuleService>(FAMILY_MODULE).retrieveFamily(input.family_id)
    if (!EDITABLE_STATUSES.includes(family.status as FamilyStatus)) {
      throw new ConflictError(
        `The application cannot be edited while its status is "${family.status}": it can be edited only while "draft" or "changes_requested"`,
      )
    }
    return new StepResponse(family)
  },
)
