import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approvePayoutBatchWorkflow } from "../../../../../workflows/payouts/workflows/approve-payout-batch"
import { loadBatch } from "../../load-batch"

/**
 * POST /admin/payout-batches/:id/approve: finance approves the batch and its payouts. Any body field: 400;
 * unknown: 404; not pending approval, or approved by the user who started the run: 409.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await approvePayoutBatchWorkflow(req.scope).run({
    input: { batch_id: req.params.id, actor_id: req.auth_context?.actor_id ?? null },
  })
  const { batch, payouts } = await loadBatch(req.scope, req.params.id)
  res.json({ payout_batch: { ...batch, payouts } })
}
