import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { payoutsService } from "../../../../workflows/payouts/utils/payouts-service"

/** GET /admin/payouts/:id: one payout. Unknown: 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [payout] = await payoutsService(req.scope).listPayouts({ id: req.params.id })
  if (!payout) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout "${req.params.id}" was not found`)
  res.json({ payout })
}
