import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { connectStripe } from "../../../lib/payouts/stripe"
import { payoutsService } from "../utils/payouts-service"

export const reverseTransferStepId = "reverse-transfer"

/**
 * Takes a sent Stripe transfer back from the connected account (a reversal, idempotent per payout). Nothing to
 * do for a payout whose transfer never went. It cannot be undone, so it runs after every step that can fail.
 */
export const reverseTransferStep = createStep(
  reverseTransferStepId,
  async (input: { payout_id: string; transfer_id: string | null }, { container }) => {
    if (!input.transfer_id) return new StepResponse(null)
    const reversal = await connectStripe().transfers.createReversal(
      input.transfer_id,
      { metadata: { payout_id: input.payout_id } },
      { idempotencyKey: `${input.payout_id}-reversal` },
    )
    await payoutsService(container).updatePayouts({ id: input.payout_id, stripe_reversal_id: reversal.id })
    return new StepResponse(reversal.id)
  },
)
