import { expect } from "vitest"
import { store, withDb } from "./context"
import { addShippingMethod, cartWith, listOptions } from "./shipping"
import { waitFor } from "./wait-for"

export const STRIPE_PROVIDER = "pp_stripe_stripe"

/** Wall-clock timings of the payment calls, printed by the specs. */
export const paymentTimings: Record<string, number[]> = {}
export async function timed<T>(label: string, call: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await call()
  } finally {
    paymentTimings[label] = [...(paymentTimings[label] ?? []), performance.now() - started]
  }
}
export function paymentTimingSummary(): string {
  return Object.entries(paymentTimings)
    .map(([label, ms]) => {
      const sorted = [...ms].sort((a, b) => a - b)
      const median = sorted[Math.floor(sorted.length / 2)] ?? 0
      return `${label}: median ${median.toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms (${ms.length}x)`
    })
    .join("\n  ")
}

let nextProduct = 0
/** A different store-visible product each time, so many test orders do not drain one product's stock. */
async function someProductHandle(): Promise<string> {
  const handles = await withDb(async (db) => {
    const { rows } = await db.query(
      `select p.handle from product p
         join family_family_product_product l on l.product_id = p.id and l.deleted_at is null
         join family f on f.id = l.family_id and f.status = 'approved'
        where p.status = 'published' and p.deleted_at is null
        order by p.handle`,
    )
    return rows.map((row) => row.handle as string)
  })
  expect(handles.length).toBeGreaterThan(0)
  return handles[nextProduct++ % handles.length] as string
}

const ADDRESS = {
  first_name: "Lena",
  last_name: "Fischer",
  address_1: "Torstraße 1",
  city: "Berlin",
  postal_code: "10119",
  country_code: "de",
}
const AMMAN = {
  first_name: "Rania",
  last_name: "Haddad",
  address_1: "12 Rainbow Street",
  city: "Amman",
  postal_code: "11181",
  country_code: "jo",
}
const addressIn = (country: string) =>
  country === "de" ? ADDRESS : country === "jo" ? AMMAN : { ...ADDRESS, country_code: country }

/**
 * A buyer's cart ready to pay: the products (one each) in `currency`, email, addresses in `country`, the zone's one
 * shipping option, a payment collection.
 */
export async function cardCartWith(
  currency: string,
  country: string,
  handles: string[],
  email = "card-buyer@example.com",
) {
  const cartId = await cartWith(currency, country, handles)
  const address = addressIn(country)
  const updated = await store(`/store/carts/${cartId}`, {
    method: "POST",
    body: { email, shipping_address: address, billing_address: address },
  })
  expect(updated.status, JSON.stringify(updated.body)).toBe(200)
  const [option] = await listOptions(cartId)
  expect(option, `the seed's shipping option for ${country}`).toBeDefined()
  const shipping = await addShippingMethod(cartId, { option_id: option?.id })
  expect(shipping.status, JSON.stringify(shipping.body)).toBe(200)
  const collection = await store("/store/payment-collections", { method: "POST", body: { cart_id: cartId } })
  expect(collection.status, JSON.stringify(collection.body)).toBe(200)
  const paymentCollection = collection.body.payment_collection as { id: string; amount: number }
  return { cartId, collectionId: paymentCollection.id, amount: paymentCollection.amount }
}

/** A buyer's EUR cart ready to pay: one item, email, addresses, the zone's shipping option, a payment collection. */
export async function cardCart(email = "card-buyer@example.com") {
  return cardCartWith("eur", "de", [await someProductHandle()], email)
}

export type Session = { id: string; status: string; data: Record<string, unknown> }

/**
 * The storefront hands over the card it collected (a test PaymentMethod id): the session records it, and placing
 * the order makes and confirms the intent. null: the intent is made now, for Stripe.js to confirm in the browser.
 */
export async function payByCard(
  collectionId: string,
  paymentMethod: string | null,
  data: Record<string, unknown> = {},
) {
  const response = await timed("POST payment-sessions", () =>
    store(`/store/payment-collections/${collectionId}/payment-sessions`, {
      method: "POST",
      body: {
        provider_id: STRIPE_PROVIDER,
        data: { ...(paymentMethod ? { payment_method: paymentMethod } : {}), ...data },
      },
    }),
  )
  const sessions = (response.body.payment_collection as { payment_sessions?: Session[] } | undefined)
    ?.payment_sessions
  return { ...response, session: sessions?.find((session) => session.id) }
}

/** The shop's route, `place-order`, or Medusa's own `complete`: both complete the cart the same way. */
export type CompleteRoute = "place-order" | "complete"

export function completeCart(cartId: string, route: CompleteRoute = "place-order", query = "") {
  return timed(`POST /store/carts/:id/${route}`, () =>
    store(`/store/carts/${cartId}/${route}${query}`, { method: "POST" }),
  )
}

/**
 * The one order that completions of a cart sent at once answered: each answer is that order (200) or a 409 for a
 * completion still running; returns its id.
 */
export function theOneOrder(answers: Awaited<ReturnType<typeof completeCart>>[]): string {
  const orderIds = new Set<string>()
  for (const answer of answers) {
    if (answer.status === 409) continue
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    expect(answer.body.type, JSON.stringify(answer.body)).toBe("order")
    orderIds.add((answer.body.order as { id: string }).id)
  }
  expect(orderIds.size).toBe(1)
  return [...orderIds][0] as string
}

/** The PaymentIntent of the cart's card session: made when the order was placed (or asked for 3-D Secure). */
export async function intentOfCart(cartId: string): Promise<string> {
  const id = await withDb(async (db) => {
    const { rows } = await db.query(
      `select ps.data->>'id' as id
         from payment_session ps
         join cart_payment_collection cpc on cpc.payment_collection_id = ps.payment_collection_id
        where cpc.cart_id = $1 and cpc.deleted_at is null and ps.deleted_at is null
        order by ps.created_at desc limit 1`,
      [cartId],
    )
    return rows[0]?.id as string | null | undefined
  })
  expect(id, `the PaymentIntent of cart ${cartId}`).toMatch(/^pi_/)
  return id as string
}

export async function readStoreCart(cartId: string) {
  const response = await store(
    `/store/carts/${cartId}?fields=id,completed_at,*items,*payment_collection.payment_sessions`,
  )
  expect(response.status).toBe(200)
  return response.body.cart as {
    id: string
    completed_at: string | null
    items: { id: string }[]
    payment_collection: { payment_sessions: Session[] }
  }
}

export const ordersOfCart = (cartId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      "select order_id from order_cart where cart_id = $1 and deleted_at is null",
      [cartId],
    )
    return rows.map((row) => row.order_id as string)
  })

export type PaymentRow = {
  id: string
  amount: string
  currency_code: string
  captured_at: Date | null
  data: Record<string, unknown>
  captures: { id: string; amount: string }[]
  refunds: { id: string; amount: string; metadata: Record<string, unknown> | null }[]
}

export const paymentOfOrder = (orderId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      `select p.id, p.amount, p.currency_code, p.captured_at, p.data
         from payment p
         join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id
        where opc.order_id = $1 and p.deleted_at is null and opc.deleted_at is null`,
      [orderId],
    )
    const payment = rows[0]
    if (!payment) return undefined
    const captures = await db.query(
      "select id, amount from capture where payment_id = $1 and deleted_at is null",
      [payment.id],
    )
    const refunds = await db.query(
      "select id, amount, metadata from refund where payment_id = $1 and deleted_at is null order by created_at",
      [payment.id],
    )
    return { ...payment, captures: captures.rows, refunds: refunds.rows } as PaymentRow
  })

/** Waits for the capture job: the order's card payment captured in Medusa (and so at Stripe). */
export function captured(orderId: string): Promise<PaymentRow> {
  return timed("order placed -> payment captured (job)", () =>
    waitFor(
      async () => {
        const payment = await paymentOfOrder(orderId)
        return payment?.captured_at ? payment : undefined
      },
      { what: `capture of order ${orderId}`, timeoutMs: 30_000 },
    ),
  )
}

/** A cart paid by card and completed: the order, its PaymentIntent id and its captured payment. */
export async function paidOrder(email?: string) {
  const { cartId, collectionId } = await cardCart(email)
  const { status, body } = await payByCard(collectionId, "pm_card_visa")
  expect(status, JSON.stringify(body)).toBe(200)
  const completed = await completeCart(cartId)
  expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
  const order = completed.body.order as { id: string; display_id: number }
  const payment = await captured(order.id)
  return { cartId, order, intentId: await intentOfCart(cartId), payment }
}
