import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncOnboardingStatusStep } from "../steps/sync-onboarding-status"

export const syncStripeOnboardingWorkflowId = "sync-stripe-onboarding"

/** After a family comes back from Stripe's onboarding: is its connected account ready for transfers? */
export const syncStripeOnboardingWorkflow = createWorkflow(
  syncStripeOnboardingWorkflowId,
  (input: { family_id: string }) => new WorkflowResponse(syncOnboardingStatusStep(input)),
)
