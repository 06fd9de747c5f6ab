import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { payoutsService } from "../utils/payouts-service"

export const bookFamilyRefundStepId = "book-family-refund"

/**
 * The refund's ledger effect: nothing yet before release (the release nets it), a `refund` entry after release,
 * a `clawback` after a payout. Last step: booking again books nothing, so there is nothing to compensate.
 */
export const bookFamilyRefundStep = createStep(
  bookFamilyRefundStepId,
  async (input: { refund_id: string }, { container }) =>
    new StepResponse(await payoutsService(container).bookRefund(input.refund_id)),
)
