import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { payoutsService } from "../utils/payouts-service"

export const markPayoutBatchPaidStepId = "mark-payout-batch-paid"

/**
 * approved -> paid with the bank's reference, and every approved payout in it (failed ones stay failed). 404 for
 * an unknown batch, 409 for one that is not approved. Compensation puts it back.
 */
export const markPayoutBatchPaidStep = createStep(
  markPayoutBatchPaidStepId,
  async (input: { batch_id: string; bank_reference: string; actor_id: string | null }, { container }) => {
    const payouts = payoutsService(container)
    const [batch] = await payouts.listPayoutBatches({ id: input.batch_id })
    if (!batch)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout batch "${input.batch_id}" was not found`)
    const paid = await payouts.markBatchPaid(input.batch_id, input.bank_reference, input.actor_id)
    if (!paid) {
      throw new ConflictError(
        `Payout batch ${input.batch_id} is ${batch.status}; only an approved batch can be marked paid`,
      )
    }
    return new StepResponse(
      { batch_id: input.batch_id, payouts: paid.length },
      { batch_id: input.batch_id, payout_ids: paid.map((payout) => payout.id) },
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const payouts = payoutsService(container)
    await payouts.updatePayoutBatches({
      id: undo.batch_id,
      status: "approved",
      bank_reference: null,
      paid_at: null,
      paid_by: null,
    })
    if (undo.payout_ids.length > 0)
      await payouts.updatePayouts({
        selector: { id: undo.payout_ids },
        data: { status: "approved", paid_at: null, bank_reference: null },
      })
  },
)
