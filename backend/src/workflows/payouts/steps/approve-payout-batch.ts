import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { payoutsService } from "../utils/payouts-service"

export const approvePayoutBatchStepId = "approve-payout-batch"

/**
 * pending_approval -> approved, with its payouts. 404 for an unknown batch; 409 for a batch in another status, or
 * when the approver is the one who started the run (four eyes on money leaving). Compensation puts it back.
 */
export const approvePayoutBatchStep = createStep(
  approvePayoutBatchStepId,
  async (input: { batch_id: string; actor_id: string | null }, { container }) => {
    const payouts = payoutsService(container)
    const [batch] = await payouts.listPayoutBatches({ id: input.batch_id })
    if (!batch)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout batch "${input.batch_id}" was not found`)
    const [run] = await payouts.listPayoutRuns({ id: batch.run_id })
    if (run?.created_by && input.actor_id && run.created_by === input.actor_id) {
      throw new ConflictError(
        "You started this payout run: another finance user must approve its batch (four-eyes rule)",
      )
    }
    const approved = await payouts.approveBatch(input.batch_id, input.actor_id)
    if (!approved) {
      throw new ConflictError(
        `Payout batch ${input.batch_id} is ${batch.status}; only a batch pending approval can be approved`,
      )
    }
    return new StepResponse(
      { batch_id: input.batch_id, payouts: approved.length },
      { batch_id: input.batch_id, payout_ids: approved.map((payout) => payout.id) },
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const payouts = payoutsService(container)
    await payouts.updatePayoutBatches({
      id: undo.batch_id,
      status: "pending_approval",
      approved_by: null,
      approved_at: null,
    })
    if (undo.payout_ids.length > 0)
      await payouts.updatePayouts({ selector: { id: undo.payout_ids }, data: { status: "pending" } })
  },
)
