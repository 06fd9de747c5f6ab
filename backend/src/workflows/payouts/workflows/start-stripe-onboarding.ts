import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAccountLinkStep } from "../steps/create-account-link"
import { ensureConnectedAccountStep } from "../steps/ensure-connected-account"
import { savePayoutAccountStep } from "../steps/save-payout-account"

export const startStripeOnboardingWorkflowId = "start-stripe-onboarding"

export type StartStripeOnboardingInput = {
  family_id: string
  email: string
  account_holder_name: string
  return_url: string
  refresh_url: string
}

/**
 * A family chooses Stripe Connect: its connected account (created once), the payout account switched to it
 * (pending until onboarding is finished), and a link to Stripe's onboarding.
 */
export const startStripeOnboardingWorkflow = createWorkflow(
  startStripeOnboardingWorkflowId,
  (input: StartStripeOnboardingInput) => {
    const accountId = ensureConnectedAccountStep(input)
    const account = savePayoutAccountStep(
      transform({ input, accountId }, ({ input, accountId }) => ({
        family_id: input.family_id,
        rail: "stripe_connect" as const,
        stripe_account_id: accountId,
        account_holder_name: input.account_holder_name,
      })),
    )
    const link = createAccountLinkStep(
      transform({ input, accountId }, ({ input, accountId }) => ({
        account_id: accountId,
        return_url: input.return_url,
        refresh_url: input.refresh_url,
      })),
    )
    return new WorkflowResponse(transform({ account, link }, ({ account, link }) => ({ account, link })))
  },
)
