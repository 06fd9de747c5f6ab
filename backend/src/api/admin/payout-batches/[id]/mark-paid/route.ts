import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPayoutBatchPaidWorkflow } from "../../../../../workflows/payouts/workflows/mark-payout-batch-paid"
import type { AdminMarkBatchPaid } from "../../../payouts/validators"
import { loadBatch } from "../../load-batch"

/**
 * POST /admin/payout-batches/:id/mark-paid `{ bank_reference }`: the bank carried the batch out; its approved
 * payouts are paid and each family is told. No reference: 400; unknown: 404; not approved: 409; Redis down: 503
 * and nothing changed.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminMarkBatchPaid>, res: MedusaResponse) {
  await markPayoutBatchPaidWorkflow(req.scope).run({
    input: {
      batch_id: req.params.id,
      bank_reference: req.validatedBody.bank_reference,
      actor_id: req.auth_context?.actor_id ?? null,
    },
  })
  const { batch, payouts } = await loadBatch(req.scope, req.params.id)
  res.json({ payout_batch: { ...batch, payouts } })
}
