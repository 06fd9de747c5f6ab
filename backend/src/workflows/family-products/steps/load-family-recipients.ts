import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAMILY_MODULE } from "../../../modules/family"
import type FamilyModuleService from "../../../modules/family/service"

export const loadFamilyRecipientsStepId = "load-family-recipients"

/** Every member of the family: each is told about a decision on the family's listings. */
export const loadFamilyRecipientsStep = createStep(
  loadFamilyRecipientsStepId,
  async (input: { family_id: string }, { container }) => {
    const members = await container
      .resolve<FamilyModuleService>(FAMILY_MODULE)
      .listFamilyMembers({ family_id: input.family_id }, { select: ["id", "email"] })
    return new StepResponse(members.map((member) => ({ id: member.id, email: member.email })))
  },
)
