import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { connectStripe } from "../../../lib/payouts/stripe"
import type { OnboardingStatus } from "../../../modules/payouts/constants"
import { payoutsService } from "../utils/payouts-service"

export const syncOnboardingStatusStepId = "sync-onboarding-status"

type Undo = { id: string; status: OnboardingStatus } | null

/**
 * Reads the connected account from Stripe and records whether onboarding is finished (details submitted and
 * transfers active). Compensation puts the old status back.
 */
export const syncOnboardingStatusStep = createStep(
  syncOnboardingStatusStepId,
  async (input: { family_id: string }, { container }) => {
    const payouts = payoutsService(container)
    const [account] = await payouts.listPayoutAccounts({ family_id: input.family_id })
    const none: Undo = null
    if (!account?.stripe_account_id || account.onboarding_status === "complete")
      return new StepResponse(account?.onboarding_status ?? null, none)
    const remote = await connectStripe().accounts.retrieve(account.stripe_account_id)
    const status: OnboardingStatus =
      remote.details_submitted && remote.capabilities?.transfers === "active" ? "complete" : "pending"
    if (status === account.onboarding_status) return new StepResponse(status, none)
    await payouts.updatePayoutAccounts({ id: account.id, onboarding_status: status })
    const undo: Undo = { id: account.id, status: account.onboarding_status }
    return new StepResponse(status, undo)
  },
  async (undo, { container }) => {
    if (undo)
      await payoutsService(container).updatePayoutAccounts({ id: undo.id, onboarding_status: undo.status })
  },
)
