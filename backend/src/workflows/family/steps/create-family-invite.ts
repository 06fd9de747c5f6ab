import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAMILY_MODULE } from "../../../modules/family"
import { INVITE_TTL_MS, newInviteToken } from "../../../modules/family/invite-token"
import type FamilyModuleService from "../../../modules/family/service"

export const createFamilyInviteStepId = "create-family-invite"

/** Records the invitation (its token only as a hash) and returns the token once, for the invitation email. */
export const createFamilyInviteStep = createStep(
  createFamilyInviteStepId,
  async (input: { family_id: string; email: string }, { container }) => {
    const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
    const { token, hash } = newInviteToken()
    const invite = await families.createFamilyInvites({
      family_id: input.family_id,
      email: input.email.toLowerCase(),
      token_hash: hash,
      expires_at: new Date(Date.now() + INVITE_TTL_MS),
    })
    const family = await families.retrieveFamily(input.family_id)
    return new StepResponse(
      {
        invite_id: invite.id,
        email: invite.email,
        token,
        family_ar: family.name_ar,
        family_en: family.name_en,
      },
      invite.id,
    )
  },
  async (inviteId, { container }) => {
    if (inviteId) await container.resolve<FamilyModuleService>(FAMILY_MODULE).deleteFamilyInvites(inviteId)
  },
)
