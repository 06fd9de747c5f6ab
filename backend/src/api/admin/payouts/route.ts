import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutsService } from "../../../workflows/payouts/utils/payouts-service"
import type { AdminPayoutsQuery } from "./validators"

/** GET /admin/payouts?status=&rail=&family_id=&run_id=&batch_id=: payouts with their full destination. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminPayoutsQuery>, res: MedusaResponse) {
  const { limit, offset, ...filters } = req.validatedQuery
  const [payouts, count] = await payoutsService(req.scope).listAndCountPayouts(
    Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
    { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  )
  res.json({ payouts, count, limit, offset })
}
