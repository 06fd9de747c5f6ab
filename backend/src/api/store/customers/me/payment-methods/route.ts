import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { savedCardsOf } from "./saved-cards"

/**
 * GET /store/customers/me/payment-methods: the signed-in buyer's saved cards, newest first, as
 * `{ payment_methods: [{ id, brand, last4, exp_month, exp_year }], count }` and nothing more. No saved cards (or
 * no card payment yet): an empty list. Not signed in: 401. Any query parameter: 400 naming it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cards } = await savedCardsOf(req.scope, req.auth_context.actor_id)
  res.json({ payment_methods: cards, count: cards.length })
}
