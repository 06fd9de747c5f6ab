import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { createFamilyInviteStep } from "../steps/create-family-invite"

export const inviteFamilyMemberWorkflowId = "invite-family-member"

export const inviteFamilyMemberWorkflow = createWorkflow(
  inviteFamilyMemberWorkflowId,
  (input: { family_id: string; email: string; storefront_url: string }) => {
    const invite = createFamilyInviteStep(input)
    const notification = transform({ invite, input }, ({ invite, input }) => [
      {
        template: "family_invite",
        to: { email: invite.email },
        locale: "ar" as const,
        idempotency_key: `family-invite-${invite.invite_id}`,
        params: {
          family_ar: invite.family_ar,
          family_en: invite.family_en,
          link: `${input.storefront_url}/ar/sell/join?token=${invite.token}`,
        },
      },
    ])
    enqueueNotificationsStep(notification)
    return new WorkflowResponse(
      transform({ invite }, ({ invite }) => ({ id: invite.invite_id, email: invite.email })),
    )
  },
)
