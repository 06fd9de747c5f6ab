import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAMILY_MODULE } from "../../../modules/family"
import type FamilyModuleService from "../../../modules/family/service"
import { uniqueHandle } from "../utils/handle"

export type CreateFamilyStepInput = {
  email: string
  member_name?: string | null
  family: { name_ar: string; name_en: string } & Record<string, unknown>
}

export const createFamilyStepId = "create-family"

/** Creates the family in draft with its first member (the owner). */
export const createFamilyStep = createStep(
  createFamilyStepId,
  async (input: CreateFamilyStepInput, { container }) => {
    const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
    const handle = await uniqueHandle(families, input.family.name_en)
    const family = await families.createFamilies({ ...input.family, handle, status: "draft" })
    const member = await families.createFamilyMembers({
      email: input.email,
      name: input.member_name ?? null,
      role: "owner",
      family_id: family.id,
    })
    return new StepResponse({ family, member }, family.id)
  },
  async (familyId, { container }) => {
    if (!familyId) return
    await container.resolve<FamilyModuleService>(FAMILY_MODULE).deleteFamilies(familyId)
  },
)
