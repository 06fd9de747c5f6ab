import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { connectStripe } from "../../../lib/payouts/stripe"

export const createAccountLinkStepId = "create-account-link"

/** A single-use link to Stripe's hosted onboarding (it expires after a few minutes). */
export const createAccountLinkStep = createStep(
  createAccountLinkStepId,
  async (input: { account_id: string; return_url: string; refresh_url: string }) => {
    const link = await connectStripe().accountLinks.create({
      account: input.account_id,
      type: "account_onboarding",
      return_url: input.return_url,
      refresh_url: input.refresh_url,
    })
    return new StepResponse({ url: link.url, expires_at: new Date(link.expires_at * 1000).toISOString() })
  },
)
