import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { payoutsService } from "../utils/payouts-service"

export const loadPayoutStepId = "load-payout"

/** The payout as it is now, or null. Reads only. */
export const loadPayoutStep = createStep(
  loadPayoutStepId,
  async (input: { payout_id: string }, { container }) => {
    const [payout] = await payoutsService(container).listPayouts({ id: input.payout_id })
    return new StepResponse(payout ?? null)
  },
)
