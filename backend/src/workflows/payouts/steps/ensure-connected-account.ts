import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { connectStripe } from "../../../lib/payouts/stripe"
import { idempotencyKey } from "../../../lib/stripe/idempotency"
import { payoutsService } from "../utils/payouts-service"

export const ensureConnectedAccountStepId = "ensure-connected-account"

/**
 * The family's Stripe connected account (Express), created once: the idempotency key is per family, so a retry
 * gets the same account. Nothing to compensate: an account without onboarding pays nobody.
 */
export const ensureConnectedAccountStep = createStep(
  ensureConnectedAccountStepId,
  async (input: { family_id: string; email: string }, { container }) => {
    const [account] = await payoutsService(container).listPayoutAccounts({ family_id: input.family_id })
    if (account?.stripe_account_id) return new StepResponse(account.stripe_account_id)
    const created = await connectStripe().accounts.create(
      {
        type: "express",
        email: input.email,
        capabilities: { transfers: { requested: true } },
        metadata: { family_id: input.family_id },
      },
      { idempotencyKey: idempotencyKey("connect-account", input.family_id) },
    )
    return new StepResponse(created.id)
  },
)
