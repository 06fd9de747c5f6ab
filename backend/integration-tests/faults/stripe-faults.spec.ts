import type Stripe from "stripe"
import { afterEach, describe, expect, inject, it } from "vitest"
import {
  captured,
  cardCart,
  completeCart,
  ordersOfCart,
  payByCard,
  readStoreCart,
} from "../support/card-checkout"
import { emulator, eventsAbout, stripeClient } from "../support/stripe"

type Order = { id: string }
type FaultSpec = {
  path: string
  method: "GET" | "POST"
  count: number
  status?: number
  delay_ms?: number
  phase?: "before" | "after"
}
type Fault = FaultSpec & { id: string; hits: number; idempotency_keys: (string | null)[] }

const ARABIC = /[\u0600-\u06FF]/
/** The run's server gives up on one Stripe attempt after STRIPE_TIMEOUT_MS (global setup): answers slower are lost. */
const SLOWER_THAN_THE_SDK_TIMEOUT_MS = Number(inject("serverEnv").STRIPE_TIMEOUT_MS) + 1_500
/** The first attempt and the SDK's retries (STRIPE_MAX_NETWORK_RETRIES), all failed. */
const BEYOND_THE_RETRY_BUDGET = Number(inject("serverEnv").STRIPE_MAX_NETWORK_RETRIES) + 1

async function injectFault(spec: FaultSpec): Promise<string> {
  const response = await emulator("/_emulator/faults", { body: spec })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.id as string
}

async function fault(id: string): Promise<Fault> {
  const faults = (await emulator("/_emulator/faults")).body.data as Fault[]
  const found = faults.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`fault ${id} is gone`)
  return found
}

/** Every PaymentIntent the emulator holds for this payment session (its id is in the intent's metadata). */
async function intentsOfSession(sessionId: string): Promise<Stripe.PaymentIntent[]> {
  const all = await stripeClient().paymentIntents.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 })
  return all.filter((intent) => intent.metadata.session_id === sessionId)
}

/** One order for the cart, one intent for its session, authorized once and captured once, under our keys. */
async function expectOneOrderCapturedOnce(cartId: string, sessionId: string, orderId: string) {
  expect(await ordersOfCart(cartId)).toEqual([orderId])
  const payment = await captured(orderId)
  expect(payment.captures).toHaveLength(1)
  const intents = await intentsOfSession(sessionId)
  expect(intents).toHaveLength(1)
  const intent = intents[0] as Stripe.PaymentIntent
  expect(intent.status).toBe("succeeded")
  expect(intent.amount_received).toBe(intent.amount)
  const created = await eventsAbout("payment_intent.created", intent.id)
  expect(created.map((event) => event.request?.idempotency_key)).toEqual([`usra-create-intent-${sessionId}`])
  const captures = await eventsAbout("charge.captured", intent.id)
  expect(captures.map((event) => event.request?.idempotency_key)).toEqual([
    `usra-capture-${payment.captures[0]?.id}`,
  ])
  return intent
}

/** Every attempt the fault saw carried one and the same idempotency key, the one of the call that went through. */
function expectOneKey(seen: Fault, key: string, attempts: number) {
  expect(seen.hits).toBe(attempts)
  expect(seen.idempotency_keys).toEqual(Array.from({ length: attempts }, () => key))
}

afterEach(async () => {
  await emulator("/_emulator/faults", { method: "DELETE" })
})

describe("checkout while Stripe answers 500s and times out (emulator faults)", () => {
  it("retries 500s on creating, confirming and capturing the PaymentIntent under the same key: one order, one charge", async () => {
    const { cartId, collectionId } = await cardCart("stripe-500@example.com")
    // Create and confirm are one call, made when the order is placed: two attempts refused before Stripe acts.
    const create = await injectFault({ path: "/v1/payment_intents", method: "POST", status: 500, count: 2 })
    // The capture runs at Stripe but its answer is lost with a 500: the retry must replay it, not capture again.
    // (The capture is the only POST under an intent: creating is POST /v1/payment_intents itself.)
    const capture = await injectFault({
      path: "/v1/payment_intents/*",
      method: "POST",
      status: 500,
      count: 1,
      phase: "after",
    })
    const paid = await payByCard(collectionId, "pm_card_visa")
    expect(paid.status, JSON.stringify(paid.body)).toBe(200)
    const sessionId = paid.session?.id as string
    expect((await fault(create)).hits).toBe(0)

    const completed = await completeCart(cartId)
    expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
    expectOneKey(await fault(create), `usra-create-intent-${sessionId}`, 2)
    const order = completed.body.order as Order
    await expectOneOrderCapturedOnce(cartId, sessionId, order.id)
    const payment = await captured(order.id)
    expectOneKey(await fault(capture), `usra-capture-${payment.captures[0]?.id}`, 1)
  })

  it("rides out answers slower than the SDK's timeout: the calls ran once at Stripe and the retries replay them", async () => {
    const { cartId, collectionId } = await cardCart("stripe-timeout@example.com")
    // Stripe creates and confirms the intent, but its answer comes after the SDK has given up on it.
    const create = await injectFault({
      path: "/v1/payment_intents",
      method: "POST",
      delay_ms: SLOWER_THAN_THE_SDK_TIMEOUT_MS,
      count: 1,
      phase: "after",
    })
    const capture = await injectFault({
      path: "/v1/payment_intents/*",
      method: "POST",
      delay_ms: SLOWER_THAN_THE_SDK_TIMEOUT_MS,
      count: 1,
      phase: "after",
    })
    const paid = await payByCard(collectionId, "pm_card_visa")
    expect(paid.status, JSON.stringify(paid.body)).toBe(200)
    const sessionId = paid.session?.id as string

    const completed = await completeCart(cartId)
    expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
    expectOneKey(await fault(create), `usra-create-intent-${sessionId}`, 1)
    const order = completed.body.order as Order
    await expectOneOrderCapturedOnce(cartId, sessionId, order.id)
    expect((await fault(capture)).hits).toBe(1)
  })

  it("past the retry budget tells the buyer in both languages, keeps the cart and places no order; paying again works", async () => {
    const { cartId, collectionId } = await cardCart("stripe-down@example.com")
    const create = await injectFault({
      path: "/v1/payment_intents",
      method: "POST",
      status: 500,
      count: BEYOND_THE_RETRY_BUDGET,
    })
    const paid = await payByCard(collectionId, "pm_card_visa")
    expect(paid.status, JSON.stringify(paid.body)).toBe(200)
    const sessionId = paid.session?.id as string
    const refused = await completeCart(cartId)
    expect(refused.status, JSON.stringify(refused.body)).toBe(503)
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/)
    expect(refused.body).toMatchObject({ type: "payment_provider_unavailable" })
    expect(String(refused.body.message)).toMatch(/card payment service is unavailable/)
    expect(String(refused.body.message_ar)).toMatch(ARABIC)
    expect(JSON.stringify(refused.body)).not.toMatch(/\n\s+at |node_modules/)
    const attempts = await fault(create)
    expect(attempts.hits).toBe(BEYOND_THE_RETRY_BUDGET)
    expect(attempts.idempotency_keys).toEqual(
      Array.from({ length: BEYOND_THE_RETRY_BUDGET }, () => `usra-create-intent-${sessionId}`),
    )

    const cart = await readStoreCart(cartId)
    expect(cart.completed_at).toBeNull()
    expect(cart.items).toHaveLength(1)
    expect(await ordersOfCart(cartId)).toEqual([])

    // Stripe is back: the same session completes into one order, charged once, under the same key.
    const placed = await completeCart(cartId)
    expect(placed.body.type, JSON.stringify(placed.body)).toBe("order")
    await expectOneOrderCapturedOnce(cartId, sessionId, (placed.body.order as Order).id)
  })

  it("cannot place an order while Stripe does not answer reads of an intent confirmed in the browser, then places one", async () => {
    const { cartId, collectionId } = await cardCart("stripe-reads-down@example.com")
    // The storefront confirms with Stripe.js (here: the SDK); completing the cart reads the intent back.
    const started = await payByCard(collectionId, null)
    expect(started.status, JSON.stringify(started.body)).toBe(200)
    const sessionId = started.session?.id as string
    const intentId = started.session?.data.id as string
    await injectFault({ path: "/v1/payment_intents/*", method: "GET", status: 503, count: 1_000 })
    await stripeClient().paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })

    // (Stripe's authorization webhook reads the intent too, and fails alike until Stripe is back.)
    const notPlaced = await completeCart(cartId)
    expect(notPlaced.status, JSON.stringify(notPlaced.body)).toBe(503)
    expect(String(notPlaced.body.message_ar)).toMatch(ARABIC)
    const cart = await readStoreCart(cartId)
    expect(cart.completed_at).toBeNull()
    expect(cart.items).toHaveLength(1)
    expect(await ordersOfCart(cartId)).toEqual([])
    await emulator("/_emulator/faults", { method: "DELETE" })
    expect((await stripeClient().paymentIntents.retrieve(intentId)).status).toBe("requires_capture")

    // Stripe is back: the same session completes into one order (the webhook's retry may place it first).
    const placed = await completeCart(cartId)
    expect(placed.body.type, JSON.stringify(placed.body)).toBe("order")
    await expectOneOrderCapturedOnce(cartId, sessionId, (placed.body.order as Order).id)
  })
})
