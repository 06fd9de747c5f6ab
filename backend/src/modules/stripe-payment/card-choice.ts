import { MedusaError } from "@medusajs/framework/utils"

/**
 * What the storefront sends in a card payment session's `data`: `payment_method` (a new card from the card form,
 * or one of the buyer's saved cards, `pm_...`) and `save_card` (keep a new card for next time). Bad values answer
 * 400 naming the field; `save_card` without a signed-in buyer is refused, as a guest has nowhere to keep a card.
 */
export function readCardChoice(
  data: Record<string, unknown> | undefined,
  customer: string | undefined,
): { paymentMethod?: string; saveCard: boolean } {
  const paymentMethod = data?.payment_method
  if (paymentMethod !== undefined && (typeof paymentMethod !== "string" || paymentMethod.trim() === "")) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "payment_method: must be a card id such as pm_…")
  }
  const saveCard = data?.save_card
  if (saveCard !== undefined && typeof saveCard !== "boolean") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "save_card: must be true or false")
  }
  if (saveCard && !customer) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "save_card: sign in to save a card for next time")
  }
  return { paymentMethod: paymentMethod as string | undefined, saveCard: saveCard === true }
}
