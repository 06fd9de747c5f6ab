import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { payoutsService } from "../utils/payouts-service"

export const validatePayoutRailStepId = "validate-payout-rail"

/** 404 for an unknown payout; 409 when it goes through another rail than the action is for. Reads only. */
export const validatePayoutRailStep = createStep(
  validatePayoutRailStepId,
  async (input: { payout_id: string; rail: "bank_cliq" | "stripe_connect" }, { container }) => {
    const [payout] = await payoutsService(container).listPayouts({ id: input.payout_id })
    if (!payout)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout "${input.payout_id}" was not found`)
    if (payout.rail !== input.rail) {
      const other =
        payout.rail === "bank_cliq"
          ? "a bank/CliQ payout is failed with a reason (POST /admin/payouts/:id/fail)"
          : "a Stripe payout is cancelled (POST /admin/payouts/:id/cancel), which reverses its transfer"
      throw new ConflictError(`Payout ${payout.id} goes through ${payout.rail}: ${other}`)
    }
    return new StepResponse(payout)
  },
)
