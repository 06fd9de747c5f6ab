import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutsService } from "../../../../../workflows/payouts/utils/payouts-service"
import { returnPayoutWorkflow } from "../../../../../workflows/payouts/workflows/return-payout"
import type { AdminReason } from "../../validators"

/**
 * POST /admin/payouts/:id/fail `{ reason }`: a bank/CliQ payout the bank did not carry out. Its money returns to
 * the family's balance (an `adjustment` entry) and the family is told. No reason: 400; unknown: 404; a Stripe
 * payout, or one already paid, failed or cancelled: 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminReason>, res: MedusaResponse) {
  const { result } = await returnPayoutWorkflow(req.scope).run({
    input: {
      payout_id: req.params.id,
      rail: "bank_cliq",
      reason: req.validatedBody.reason,
      actor_id: req.auth_context?.actor_id ?? null,
    },
  })
  const [payout] = await payoutsService(req.scope).listPayouts({ id: result.id })
  res.json({ payout })
}
