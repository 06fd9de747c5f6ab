import { expect } from "vitest"
import { bearer } from "./actors"
import { type Session, STRIPE_PROVIDER, timed } from "./card-checkout"
import { api, withPublishableKey } from "./context"

export type Buyer = { email: string; token: string }
export type StoreSavedCard = { id: string; brand: string; last4: string; exp_month: number; exp_year: number }

export const asBuyer = (who: Buyer) => ({ ...withPublishableKey(), ...bearer(who.token) })

/** The buyer, signed in, starts a card payment: `data` is what the storefront sends (payment_method, save_card). */
export async function payAsBuyer(collectionId: string, who: Buyer | null, data: Record<string, unknown>) {
  const response = await timed("POST payment-sessions as a signed-in buyer", () =>
    api(`/store/payment-collections/${collectionId}/payment-sessions`, {
      method: "POST",
      headers: who ? asBuyer(who) : withPublishableKey(),
      body: { provider_id: STRIPE_PROVIDER, data },
    }),
  )
  const sessions = (response.body.payment_collection as { payment_sessions?: Session[] } | undefined)
    ?.payment_sessions
  return { ...response, session: sessions?.[0] }
}

/** Makes the cart the buyer's, as the storefront does once the buyer is signed in. */
export async function claimCart(cartId: string, who: Buyer) {
  const mine = await api(`/store/carts/${cartId}/customer`, { method: "POST", headers: asBuyer(who) })
  expect(mine.status, JSON.stringify(mine.body)).toBe(200)
}

export async function savedCards(who: Buyer): Promise<StoreSavedCard[]> {
  const listed = await api("/store/customers/me/payment-methods", { headers: asBuyer(who) })
  expect(listed.status, JSON.stringify(listed.body)).toBe(200)
  return listed.body.payment_methods as StoreSavedCard[]
}
