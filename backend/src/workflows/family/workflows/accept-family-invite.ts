import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { acceptFamilyInviteStep } from "../steps/accept-family-invite"

export const acceptFamilyInviteWorkflowId = "accept-family-invite"

export const acceptFamilyInviteWorkflow = createWorkflow(
  acceptFamilyInviteWorkflowId,
  (input: { token: string; email: string; name?: string | null; auth_identity_id: string }) => {
    const member = acceptFamilyInviteStep(input)
    const appMetadata = transform({ input, member }, ({ input, member }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "seller",
      value: member.id,
    }))
    setAuthAppMetadataStep(appMetadata)
    return new WorkflowResponse(member)
  },
)
