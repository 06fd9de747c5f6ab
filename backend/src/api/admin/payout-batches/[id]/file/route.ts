import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ConflictError } from "../../../../../lib/errors/conflict-error"
import { loadBatch } from "../../load-batch"
import { transferFile } from "../../transfer-file"

/**
 * GET /admin/payout-batches/:id/file: the approved batch as a CSV transfer file for the bank (formula-looking
 * cells neutralised). Unknown: 404; not approved yet: 409.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { batch, payouts } = await loadBatch(req.scope, req.params.id)
  if (batch.status === "pending_approval") {
    throw new ConflictError(
      `Payout batch ${batch.id} is pending approval: approve it before downloading its file`,
    )
  }
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="usra-payouts-${batch.id}.csv"`)
  res.send(transferFile(payouts))
}
