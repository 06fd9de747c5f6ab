import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STRIPE_PAYMENT_PROVIDER_ID } from "../../../../../modules/stripe-payment"
import type { SavedCard } from "../../../../../modules/stripe-payment/saved-cards"

/** A saved card as the store API shows it: the id to pay or remove it with, brand, last 4 and expiry. */
export type StoreSavedCard = { id: string } & SavedCard

type Holder = { id: string; provider_id: string; data: Record<string, unknown> }

/** The customer's Stripe account holder (made at their first signed-in card payment), if they have one. */
async function stripeHolderOf(scope: MedusaContainer, customerId: string): Promise<Holder | undefined> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "account_holders.id", "account_holders.provider_id", "account_holders.data"],
    filters: { id: customerId },
  })
  const holders = (data[0]?.account_holders ?? []) as (Holder | null)[]
  return holders.find((holder): holder is Holder => holder?.provider_id === STRIPE_PAYMENT_PROVIDER_ID)
}

/** The signed-in customer's saved cards, read from Stripe through Medusa's payment module. */
export async function savedCardsOf(
  scope: MedusaContainer,
  customerId: string,
): Promise<{ holder?: Holder; cards: StoreSavedCard[] }> {
  const holder = await stripeHolderOf(scope, customerId)
  if (!holder) return { cards: [] }
  const payments = scope.resolve(Modules.PAYMENT)
  const methods = await payments.listPaymentMethods({
    provider_id: STRIPE_PAYMENT_PROVIDER_ID,
    context: { account_holder: holder },
  })
  const cards = methods.map(({ id, data }) => {
    const card = data as SavedCard
    return { id, brand: card.brand, last4: card.last4, exp_month: card.exp_month, exp_year: card.exp_year }
  })
  return { holder, cards }
}

/** Detaches one of the customer's saved cards at Stripe. */
export async function removeSavedCard(scope: MedusaContainer, holder: Holder, cardId: string): Promise<void> {
  const payments = scope.resolve(Modules.PAYMENT)
  await payments.deletePaymentMethods({
    id: cardId,
    provider_id: STRIPE_PAYMENT_PROVIDER_ID,
    context: { account_holder: holder },
  })
}
