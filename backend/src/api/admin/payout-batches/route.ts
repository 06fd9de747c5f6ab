import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutsService } from "../../../workflows/payouts/utils/payouts-service"
import type { AdminPayoutBatchesQuery } from "../payouts/validators"

/** GET /admin/payout-batches?status=: bank/CliQ batches, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminPayoutBatchesQuery>,
  res: MedusaResponse,
) {
  const { status, limit, offset } = req.validatedQuery
  const [payout_batches, count] = await payoutsService(req.scope).listAndCountPayoutBatches(
    status ? { status } : {},
    { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  )
  res.json({ payout_batches, count, limit, offset })
}
