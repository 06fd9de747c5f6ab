import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import type { PayoutStatus } from "../../../modules/payouts/constants"
import { payoutsService } from "../utils/payouts-service"

export type ReturnPayoutInput = {
  payout_id: string
  to: "failed" | "cancelled"
  from: PayoutStatus[]
  reason: string
  actor_id: string | null
  reversal_id?: string | null
}

export const returnPayoutStepId = "return-payout"

/**
 * Fails or cancels a payout and books the `adjustment` that gives its money back, in one transaction. 404 for an
 * unknown payout, 409 naming its status when it cannot be failed or cancelled. Compensation puts it back.
 */
export const returnPayoutStep = createStep(
  returnPayoutStepId,
  async (input: ReturnPayoutInput, { container }) => {
    const payouts = payoutsService(container)
    const [before] = await payouts.listPayouts({ id: input.payout_id })
    if (!before)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout "${input.payout_id}" was not found`)
    const returned = await payouts.returnPayout({
      payout_id: input.payout_id,
      to: input.to,
      from: input.from,
      reason: input.reason,
      by: input.actor_id,
      reversal_id: input.reversal_id,
    })
    if (!returned) {
      throw new ConflictError(
        `Payout ${input.payout_id} is ${before.status}; only a payout that is ${input.from.join(" or ")} can be ${input.to}`,
      )
    }
    return new StepResponse(returned.payout, {
      id: input.payout_id,
      status: before.status as PayoutStatus,
      entry_id: returned.entry_id,
    })
  },
  async (undo, { container }) => {
    if (undo) await payoutsService(container).undoReturnPayout(undo.id, undo.status, undo.entry_id)
  },
)
