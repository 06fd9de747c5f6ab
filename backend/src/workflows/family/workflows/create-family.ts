import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { type CreateFamilyStepInput, createFamilyStep } from "../steps/create-family"

export type CreateFamilyWorkflowInput = CreateFamilyStepInput & { auth_identity_id: string }

export const createFamilyWorkflowId = "create-family"

/** A new seller login creates its family (in draft) and becomes its first member. */
export const createFamilyWorkflow = createWorkflow(
  createFamilyWorkflowId,
  (input: CreateFamilyWorkflowInput) => {
    const created = createFamilyStep(input)
    const appMetadata = transform({ input, created }, ({ input, created }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "seller",
      value: created.member.id,
    }))
    setAuthAppMetadataStep(appMetadata)
    const event = transform({ created }, ({ created }) => ({
      eventName: "family.created",
      data: { id: created.family.id },
    }))
    emitEventStep(event)
    const welcome = transform({ input, created }, ({ input, created }) => [
      {
        template: "welcome",
        to: { email: input.email },
        locale: "ar" as const,
        idempotency_key: `family-welcome-${created.member.id}`,
        params: { name: input.member_name || input.family.name_en },
      },
    ])
    enqueueNotificationsStep(welcome)
    return new WorkflowResponse(created)
  },
)
