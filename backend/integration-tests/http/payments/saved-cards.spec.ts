import { afterAll, describe, expect, it } from "vitest"
import {
  captured,
  cardCart,
  completeCart,
  intentOfCart,
  ordersOfCart,
  paymentTimingSummary,
} from "../../support/card-checkout"
import { buyer } from "../../support/consignments"
import { api, withDb, withPublishableKey } from "../../support/context"
import {
  asBuyer,
  type Buyer,
  claimCart,
  payAsBuyer,
  type StoreSavedCard,
  savedCards,
} from "../../support/saved-cards"
import { eventsAbout, processed, stripeClient } from "../../support/stripe"
import { waitFor } from "../../support/wait-for"

afterAll(() => {
  console.log(`[payments] saved-card timings:\n  ${paymentTimingSummary()}`)
})

type Order = { id: string }

/** A cart of the buyer's (claimed once signed in) ready to pay. */
async function buyersCart(who: Buyer) {
  const cart = await cardCart(who.email)
  await claimCart(cart.cartId, who)
  return cart
}

/** Pays the cart and places the order; answers the order, its PaymentIntent, and the captured payment. */
async function checkout(who: Buyer, data: Record<string, unknown>) {
  const { cartId, collectionId } = await buyersCart(who)
  const paid = await payAsBuyer(collectionId, who, data)
  expect(paid.status, JSON.stringify(paid.body)).toBe(200)
  expect(paid.session?.status).toBe("pending")
  const completed = await completeCart(cartId)
  expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
  const order = completed.body.order as Order
  const payment = await captured(order.id)
  return { order, cartId, intentId: await intentOfCart(cartId), payment }
}

const stripeCustomersOf = async (email: string) => (await stripeClient().customers.list({ email })).data

const accountHolderData = (email: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      `select ah.data from account_holder ah
         join customer_account_holder l on l.account_holder_id = ah.id and l.deleted_at is null
         join customer c on c.id = l.customer_id
        where c.email = $1 and ah.deleted_at is null`,
      [email],
    )
    return rows.map((row) => row.data as Record<string, unknown>)
  })

const intentsPaidWith = async (paymentMethod: string) =>
  (await stripeClient().paymentIntents.list({ limit: 100 })).data.filter(
    (intent) => intent.payment_method === paymentMethod,
  )

describe("saved cards (Stripe customers, Medusa account holders)", () => {
  let saver: Buyer
  let other: Buyer
  let savedCard: StoreSavedCard

  it("saves the card at a signed-in buyer's first checkout and pays the next order with it, captured once", async () => {
    ;[saver, other] = await Promise.all([buyer("card-saver"), buyer("card-thief")])
    expect(await savedCards(saver)).toEqual([])

    const first = await checkout(saver, { payment_method: "pm_card_visa", save_card: true })
    const stripe = stripeClient()
    const [customer, ...extra] = await stripeCustomersOf(saver.email)
    expect(extra).toEqual([])
    expect(customer?.metadata).toMatchObject({ medusa_customer_id: expect.stringMatching(/^cus_/) })
    // Medusa keeps only the Stripe Customer's id in its account holder.
    expect(await accountHolderData(saver.email)).toEqual([{ id: customer?.id }])
    expect(await stripe.paymentIntents.retrieve(first.intentId)).toMatchObject({
      customer: customer?.id,
      setup_future_usage: "off_session",
      status: "succeeded",
    })

    const cards = await savedCards(saver)
    expect(cards).toHaveLength(1)
    savedCard = cards[0] as StoreSavedCard
    expect(Object.keys(savedCard).sort()).toEqual(["brand", "exp_month", "exp_year", "id", "last4"])
    expect(savedCard).toMatchObject({ brand: "visa", last4: "4242", id: expect.stringMatching(/^pm_/) })
    expect(savedCard.exp_year).toBeGreaterThanOrEqual(new Date().getUTCFullYear())
    const raw = await api("/store/customers/me/payment-methods", { headers: asBuyer(saver) })
    expect(raw.body.count).toBe(1)
    expect(JSON.stringify(raw.body)).not.toMatch(/fingerprint|cus_|billing_details|"customer"/)

    const second = await checkout(saver, { payment_method: savedCard.id })
    const intent = await stripe.paymentIntents.retrieve(second.intentId)
    expect(intent).toMatchObject({
      customer: customer?.id,
      payment_method: savedCard.id,
      status: "succeeded",
      setup_future_usage: null,
    })
    expect(intent.amount_received).toBe(intent.amount)
    expect(second.payment.captures).toHaveLength(1)
    expect(await eventsAbout("charge.captured", second.intentId)).toHaveLength(1)
    // Still one Stripe Customer and one saved card after the second checkout.
    expect(await stripeCustomersOf(saver.email)).toHaveLength(1)
    expect((await savedCards(saver)).map((card) => card.id)).toEqual([savedCard.id])
  })

  it("refuses another buyer's saved card with 403 and charges nothing; the cart still takes a card", async () => {
    const before = (await intentsPaidWith(savedCard.id)).length
    const { cartId, collectionId } = await buyersCart(other)

    const stolen = await payAsBuyer(collectionId, other, { payment_method: savedCard.id })
    expect(stolen.status, JSON.stringify(stolen.body)).toBe(403)
    expect(String(stolen.body.message)).toMatch(/payment_method/)
    expect(JSON.stringify(stolen.body)).not.toContain("cus_")
    // A guest is not checked beforehand (a new card belongs to no one): Stripe refuses it when the order is
    // placed, and nothing is charged.
    const asGuest = await payAsBuyer(collectionId, null, { payment_method: savedCard.id })
    expect(asGuest.status, JSON.stringify(asGuest.body)).toBe(200)
    const refused = await completeCart(cartId)
    expect(refused.status, JSON.stringify(refused.body)).toBe(400)
    expect(String(refused.body.message)).toMatch(/^payment_method: this card cannot be used/)
    // Stripe's own refusal names the card's owner: the guest never sees it.
    expect(JSON.stringify(refused.body)).not.toContain("cus_")
    expect(await payAsBuyer(collectionId, null, { payment_method: "pm_doesnotexist" })).toMatchObject({
      status: 200,
    })
    const unknown = await completeCart(cartId)
    expect(unknown.status, JSON.stringify(unknown.body)).toBe(400)
    expect(String(unknown.body.message)).toMatch(/^payment_method: no such card/)
    expect(await intentsPaidWith(savedCard.id)).toHaveLength(before)
    expect(await ordersOfCart(cartId)).toEqual([])

    // Signed in but not ticking "save": the card is charged and not kept.
    const paid = await payAsBuyer(collectionId, other, { payment_method: "pm_card_visa" })
    expect(paid.status, JSON.stringify(paid.body)).toBe(200)
    const completed = await completeCart(cartId)
    expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
    await captured((completed.body.order as Order).id)
    expect(await savedCards(other)).toEqual([])
    expect((await savedCards(saver)).map((card) => card.id)).toEqual([savedCard.id])
  })

  it("does not let a guest save a card, and names the field of a bad card choice", async () => {
    const guestCart = await cardCart("guest-saver@example.com")
    const guest = await payAsBuyer(guestCart.collectionId, null, {
      payment_method: "pm_card_visa",
      save_card: true,
    })
    expect(guest.status, JSON.stringify(guest.body)).toBe(400)
    expect(String(guest.body.message)).toMatch(/^save_card: sign in/)
    expect(await stripeCustomersOf("guest-saver@example.com")).toEqual([])

    const { collectionId } = await buyersCart(other)
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ payment_method: "pm_card_visa", save_card: "yes" }, /^save_card: must be true or false/],
      [{ payment_method: 42 }, /^payment_method: must be a card id/],
      [{ payment_method: "pm_doesnotexist" }, /^payment_method: no such card/],
    ]
    for (const [data, message] of cases) {
      const answer = await payAsBuyer(collectionId, other, data)
      expect(answer.status, JSON.stringify(answer.body)).toBe(400)
      expect(String(answer.body.message)).toMatch(message)
    }
  })

  it("removes a saved card (detached at Stripe), only the buyer's own, and refuses bad requests", async () => {
    const list = "/store/customers/me/payment-methods"
    expect((await api(list, { headers: withPublishableKey() })).status).toBe(401)
    const unknownParam = await api(`${list}?expand=customer`, { headers: asBuyer(saver) })
    expect(unknownParam.status).toBe(400)
    expect(String(unknownParam.body.message)).toMatch(/expand/)

    const remove = (who: Buyer | null, id: string) =>
      api(`${list}/${encodeURIComponent(id)}`, {
        method: "DELETE",
        headers: who ? asBuyer(who) : withPublishableKey(),
      })
    expect((await remove(null, savedCard.id)).status).toBe(401)
    const badId = await remove(saver, "not-a-card")
    expect(badId.status).toBe(400)
    expect(String(badId.body.message)).toMatch(/^id: /)
    const withQuery = await api(`${list}/${savedCard.id}?force=true`, {
      method: "DELETE",
      headers: asBuyer(saver),
    })
    expect(withQuery.status).toBe(400)
    expect(String(withQuery.body.message)).toMatch(/force/)
    const notTheirs = await remove(other, savedCard.id)
    expect(notTheirs.status, JSON.stringify(notTheirs.body)).toBe(404)
    expect((await savedCards(saver)).map((card) => card.id)).toEqual([savedCard.id])

    const removed = await remove(saver, savedCard.id)
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    expect(removed.body).toEqual({ id: savedCard.id, object: "payment_method", deleted: true })
    expect((await stripeClient().paymentMethods.retrieve(savedCard.id)).customer).toBeNull()
    expect(await savedCards(saver)).toEqual([])
    expect((await remove(saver, savedCard.id)).status).toBe(404)

    // A removed card can no longer pay: it is not the buyer's any more.
    const reusing = await buyersCart(saver)
    expect((await payAsBuyer(reusing.collectionId, saver, { payment_method: savedCard.id })).status).toBe(200)
    const reuse = await completeCart(reusing.cartId)
    expect(reuse.status, JSON.stringify(reuse.body)).toBe(400)
    expect(String(reuse.body.message)).toMatch(/^payment_method: this card cannot be used \(removed/)
    expect(await ordersOfCart(reusing.cartId)).toEqual([])
  })

  it("keeps a buyer paying when Stripe deletes their Customer: the webhook drops it, a new one is made", async () => {
    const forgotten = await buyer("card-customer-deleted")
    await checkout(forgotten, { payment_method: "pm_card_visa", save_card: true })
    const [gone] = await stripeCustomersOf(forgotten.email)
    expect((await savedCards(forgotten)).length).toBe(1)

    // Deleted in Stripe's dashboard: Stripe sends customer.deleted, and Medusa's account holder goes.
    await stripeClient().customers.del(gone?.id as string)
    await waitFor(async () => (await accountHolderData(forgotten.email)).length === 0, {
      what: "the account holder of the deleted Stripe Customer to be removed",
    })
    const [event] = await eventsAbout("customer.deleted", gone?.id as string)
    expect((await processed(event?.id as string)).outcome).toMatch(/^removed account holder /)
    expect(await savedCards(forgotten)).toEqual([])

    // The next card payment makes a new Customer and saves the card there.
    const next = await checkout(forgotten, { payment_method: "pm_card_visa", save_card: true })
    const [fresh, ...extra] = await stripeCustomersOf(forgotten.email)
    expect(extra).toEqual([])
    expect(fresh?.id).not.toBe(gone?.id)
    expect(await accountHolderData(forgotten.email)).toEqual([{ id: fresh?.id }])
    expect((await stripeClient().paymentIntents.retrieve(next.intentId)).customer).toBe(fresh?.id)
    expect((await savedCards(forgotten)).length).toBe(1)

    // Until such a webhook is processed (or if it never comes), the account holder names a Customer Stripe does
    // not have: the buyer's saved cards read as none, and a new card still pays, without the Customer (so it is
    // not saved).
    const unknown = "cus_deletedbeforeitswebhook"
    await withDb((db) =>
      db.query("update account_holder set data = $1, external_id = $2 where external_id = $3", [
        { id: unknown },
        unknown,
        fresh?.id,
      ]),
    )
    expect(await accountHolderData(forgotten.email)).toEqual([{ id: unknown }])
    expect(await savedCards(forgotten)).toEqual([])
    const stale = await checkout(forgotten, { payment_method: "pm_card_visa", save_card: true })
    const intent = await stripeClient().paymentIntents.retrieve(stale.intentId)
    expect(intent).toMatchObject({ customer: null, status: "succeeded", setup_future_usage: null })
    expect(stale.payment.captures).toHaveLength(1)
  })
})
