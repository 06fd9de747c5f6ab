import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadBatch } from "../load-batch"

/** GET /admin/payout-batches/:id: the batch and its payouts with their IBAN or CliQ alias. Unknown: 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { batch, payouts } = await loadBatch(req.scope, req.params.id)
  res.json({ payout_batch: { ...batch, payouts } })
}
