import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutsService } from "../../../../../workflows/payouts/utils/payouts-service"
import { cancelPayoutWorkflow } from "../../../../../workflows/payouts/workflows/cancel-payout"
import type { AdminReason } from "../../validators"

/**
 * POST /admin/payouts/:id/cancel `{ reason }`: cancels a Stripe Connect payout, reversing its transfer if it was
 * sent; the money returns to the family's balance. No reason: 400; unknown: 404; a bank/CliQ payout, or one
 * already failed or cancelled: 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminReason>, res: MedusaResponse) {
  await cancelPayoutWorkflow(req.scope).run({
    input: {
      payout_id: req.params.id,
      reason: req.validatedBody.reason,
      actor_id: req.auth_context?.actor_id ?? null,
    },
  })
  const [payout] = await payoutsService(req.scope).listPayouts({ id: req.params.id })
  res.json({ payout })
}
