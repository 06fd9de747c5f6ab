import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { payoutsService } from "../utils/payouts-service"

export const markPayoutTransferredStepId = "mark-payout-transferred"

/** pending -> paid with the transfer's id; false when the payout was cancelled meanwhile. */
export const markPayoutTransferredStep = createStep(
  markPayoutTransferredStepId,
  async (input: { payout_id: string; transfer_id: string }, { container }) => {
    const paid = await payoutsService(container).markTransferred(input.payout_id, input.transfer_id)
    return new StepResponse(paid, paid ? input.payout_id : null)
  },
  async (payoutId, { container }) => {
    // The transfer stays with Stripe; the next attempt replays it under the same idempotency key.
    if (payoutId)
      await payoutsService(container).updatePayouts({ id: payoutId, status: "pending", paid_at: null })
  },
)
