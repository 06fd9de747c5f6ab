import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAMILY_MODULE } from "../../../modules/family"
import { hashInviteToken } from "../../../modules/family/invite-token"
import type FamilyModuleService from "../../../modules/family/service"

export const acceptFamilyInviteStepId = "accept-family-invite"

/** Turns a valid, unexpired invitation for this email into a family member. */
export const acceptFamilyInviteStep = createStep(
  acceptFamilyInviteStepId,
  async (input: { token: string; email: string; name?: string | null }, { container }) => {
    const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
    const [invite] = await families.listFamilyInvites({ token_hash: hashInviteToken(input.token) })
    const usable = invite && !invite.accepted_at && new Date(invite.expires_at) > new Date()
    if (!usable || invite.email !== input.email.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "This invitation does not exist, has expired, was already used, or was sent to another email address",
      )
    }
    const member = await families.createFamilyMembers({
      email: input.email.toLowerCase(),
      name: input.name ?? null,
      role: "member",
      family_id: invite.family_id,
    })
    await families.updateFamilyInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(member, { member_id: member.id, invite_id: invite.id })
  },
  async (created, { container }) => {
    if (!created) return
    const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
    await families.deleteFamilyMembers(created.member_id)
    await families.updateFamilyInvites({ id: created.invite_id, accepted_at: null })
  },
)
