import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { removeSavedCard, savedCardsOf } from "../saved-cards"

const CARD_ID = /^pm_[A-Za-z0-9]{1,100}$/

/**
 * DELETE /store/customers/me/payment-methods/:id: removes one of the signed-in buyer's saved cards (detached at
 * Stripe) and answers `{ id, object: "payment_method", deleted: true }`. An id that is not a card id (`pm_…`):
 * 400; any query parameter: 400 naming it; a card that is not one of the buyer's saved cards (another buyer's
 * included): 404; not signed in: 401.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = String(req.params.id ?? "")
  if (!CARD_ID.test(id)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "id: must be a saved card's id (pm_ and letters or digits)",
    )
  }
  const { holder, cards } = await savedCardsOf(req.scope, req.auth_context.actor_id)
  if (!holder || !cards.some((card) => card.id === id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no saved card with id ${id}`)
  }
  await removeSavedCard(req.scope, holder, id)
  res.json({ id, object: "payment_method", deleted: true })
}
