import { MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStripeEmulator, type StripeEmulator } from "@usra/stripe-emulator"
import type Stripe from "stripe"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import StripePaymentProvider from "../service"

const logger = { warn: () => {}, info: () => {}, error: () => {}, debug: () => {} }

let emulator: StripeEmulator
let provider: StripePaymentProvider
let stripe: Stripe
const attempts: { method?: string; path?: string; idempotency_key?: string }[] = []

beforeAll(async () => {
  emulator = createStripeEmulator()
  const { url } = await emulator.listen(0)
  provider = new StripePaymentProvider({ logger } as never, { apiKey: "sk_test_provider", apiHost: url })
  stripe = (provider as unknown as { stripe_: Stripe }).stripe_
  stripe.on("request", (event: (typeof attempts)[number]) => attempts.push(event))
})
afterAll(() => emulator.close())

/** The storefront's card session: the buyer's card recorded, nothing asked of Stripe yet. */
function cardSession(sessionId: string, paymentMethod = "pm_card_visa", amount = 20, currency = "eur") {
  return provider.initiatePayment({
    amount,
    currency_code: currency,
    data: { session_id: sessionId, payment_method: paymentMethod },
    context: { idempotency_key: sessionId },
  })
}

/** A card session authorized as completing the cart does: the intent made and confirmed, its data returned. */
async function authorized(sessionId: string, amount = 20, currency = "eur") {
  const session = await cardSession(sessionId, "pm_card_visa", amount, currency)
  const result = await provider.authorizePayment({
    data: session.data,
    context: { idempotency_key: sessionId },
  })
  expect(result.status).toBe(PaymentSessionStatus.AUTHORIZED)
  return { id: result.data?.id as string, data: result.data }
}

describe("the Stripe payment provider", () => {
  it("records the card without calling Stripe, and makes the intent when the order is placed", async () => {
    attempts.length = 0
    const session = await cardSession("payses_waiting", "pm_card_visa", 12.345, "jod")
    expect(attempts).toEqual([])
    expect(session.status).toBe(PaymentSessionStatus.PENDING)
    expect(session.data).toMatchObject({
      id: null,
      client_secret: null,
      amount: 12350,
      currency: "jod",
      payment_method: "pm_card_visa",
      customer: null,
    })

    const result = await provider.authorizePayment({
      data: session.data,
      context: { idempotency_key: "payses_waiting" },
    })
    expect(result.status).toBe(PaymentSessionStatus.AUTHORIZED)
    expect(result.data).toMatchObject({ session_id: "payses_waiting", status: "requires_capture" })
    expect(result.data).not.toHaveProperty("confirm_at")
    expect(attempts.map((attempt) => `${attempt.method} ${attempt.path}`)).toEqual([
      "POST /v1/payment_intents",
    ])
  })

  it("makes a manual-capture intent in minor units, JOD rounded up to 10 fils, once per session", async () => {
    const first = await authorized("payses_jod", 12.345, "jod")
    // A second completion of the same session (its first answer lost) replays the intent by key.
    const again = await authorized("payses_jod", 12.345, "jod")
    expect(again.id).toBe(first.id)
    const intent = await stripe.paymentIntents.retrieve(first.id)
    expect(intent).toMatchObject({ amount: 12350, currency: "jod", capture_method: "manual" })
    expect(intent.metadata).toMatchObject({ session_id: "payses_jod", medusa_amount: "12.345" })
    expect(first.data).not.toHaveProperty("charges")
  })

  it("refuses a key it does not know in the buyer's data, naming it, before anything is kept", async () => {
    const tampered = provider.initiatePayment({
      amount: 20,
      currency_code: "eur",
      data: { session_id: "payses_tampered", payment_method: "pm_card_visa", id: "pi_other", amount: 1 },
      context: { idempotency_key: "payses_tampered" },
    })
    await expect(tampered).rejects.toMatchObject({
      type: MedusaError.Types.INVALID_DATA,
      message: expect.stringMatching(/^data\.id, data\.amount: not accepted/),
    })
    const badReturn = provider.initiatePayment({
      amount: 20,
      currency_code: "eur",
      data: { payment_method: "pm_card_visa", return_url: "javascript:alert(1)" },
    })
    await expect(badReturn).rejects.toMatchObject({ message: "return_url: must be an http(s) address" })
  })

  it("changes a waiting session's amount without calling Stripe", async () => {
    const session = await cardSession("payses_changed")
    attempts.length = 0
    const updated = await provider.updatePayment({ data: session.data, amount: 31.5, currency_code: "eur" })
    expect(attempts).toEqual([])
    expect(updated.data).toMatchObject({ id: null, amount: 3150, medusa_amount: "31.5", confirm_at: "order" })
    const result = await provider.authorizePayment({ data: updated.data })
    expect((await stripe.paymentIntents.retrieve(result.data?.id as string)).amount).toBe(3150)
  })

  it("refuses a declined card with the bank's words, as a payment authorization error", async () => {
    const session = await cardSession("payses_declined", "pm_card_chargeDeclined")
    await expect(provider.authorizePayment({ data: session.data })).rejects.toMatchObject({
      type: MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
      message: "Your card was declined.",
      code: "generic_decline",
    })
  })

  it("returns 3-D Secure with the next action (for Medusa to keep), and authorizes once it is done", async () => {
    const session = await cardSession("payses_3ds", "pm_card_authenticationRequired")
    const asked = await provider.authorizePayment({ data: session.data })
    expect(asked.status).toBe(PaymentSessionStatus.REQUIRES_MORE)
    expect(asked.data?.next_action).toMatchObject({ type: "use_stripe_sdk" })
    expect(String(asked.data?.client_secret)).toContain("_secret_")
    // Not authenticated yet: the kept intent is read again, and the buyer is asked again.
    await expect(provider.authorizePayment({ data: asked.data })).rejects.toMatchObject({
      type: MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
    })
    await fetch(`${emulator.url}/_emulator/payment_intents/${asked.data?.id}/authenticate`, {
      method: "POST",
    })
    const result = await provider.authorizePayment({ data: asked.data })
    expect(result.status).toBe(PaymentSessionStatus.AUTHORIZED)
    expect(result.data?.id).toBe(asked.data?.id)
  })

  it("makes the intent at once for a session without a card, for Stripe.js to confirm in the browser", async () => {
    const started = await provider.initiatePayment({
      amount: 20,
      currency_code: "eur",
      data: { session_id: "payses_browser" },
      context: { idempotency_key: "payses_browser" },
    })
    expect(started.status).toBe(PaymentSessionStatus.PENDING)
    expect(started.id).toMatch(/^pi_/)
    expect(String(started.data?.client_secret)).toContain("_secret_")
    await stripe.paymentIntents.confirm(started.id, { payment_method: "pm_card_visa" })
    const result = await provider.authorizePayment({ data: started.data })
    expect(result.status).toBe(PaymentSessionStatus.AUTHORIZED)
  })

  it("retries a capture whose answer was lost with the same idempotency key, capturing once", async () => {
    const { id, data } = await authorized("payses_capture")
    emulator.injectFault({ path: `/v1/payment_intents/${id}/capture`, status: 500, phase: "after" })
    attempts.length = 0
    const captured = await provider.capturePayment({ data, context: { idempotency_key: "capt_1" } })
    expect(captured.data).toMatchObject({ id, status: "succeeded" })
    const captureAttempts = attempts.filter((attempt) => attempt.path === `/v1/payment_intents/${id}/capture`)
    expect(captureAttempts).toHaveLength(2)
    expect(new Set(captureAttempts.map((attempt) => attempt.idempotency_key))).toEqual(
      new Set(["usra-capture-capt_1"]),
    )
    expect(
      emulator.events("charge.captured").filter((event) => event.data.object.payment_intent === id),
    ).toHaveLength(1)

    // A later capture attempt (a new Medusa capture row) finds the intent captured and succeeds without charging.
    const again = await provider.capturePayment({ data, context: { idempotency_key: "capt_2" } })
    expect(again.data).toMatchObject({ status: "succeeded" })
    expect(
      emulator.events("charge.captured").filter((event) => event.data.object.payment_intent === id),
    ).toHaveLength(1)
  })

  it("refunds in part and in full, marking each refund as Medusa's and never asking for more than is left", async () => {
    const { id, data } = await authorized("payses_refund", 12.345, "jod")
    await provider.capturePayment({ data, context: { idempotency_key: "capt_refund" } })
    await provider.refundPayment({ amount: 2.005, data, context: { idempotency_key: "ref_1" } })
    await provider.refundPayment({ amount: 10.34, data, context: { idempotency_key: "ref_2" } })
    const refunds = (await stripe.refunds.list({ payment_intent: id })).data
    expect(refunds.map((refund) => refund.amount).sort()).toEqual([10340, 2010])
    expect(refunds.map((refund) => refund.metadata?.medusa_refund_id).sort()).toEqual(["ref_1", "ref_2"])
    const charge = await stripe.charges.retrieve(refunds[0]?.charge as string)
    expect(charge.amount_refunded).toBe(12350)
    // Replayed by key, not refunded twice.
    await provider.refundPayment({ amount: 2.005, data, context: { idempotency_key: "ref_1" } })
    expect((await stripe.refunds.list({ payment_intent: id })).data).toHaveLength(2)
  })

  it("releases an authorization when its session is dropped, and leaves a captured payment alone", async () => {
    const held = await authorized("payses_dropped")
    await provider.deletePayment({ data: held.data })
    expect((await stripe.paymentIntents.retrieve(held.id)).status).toBe("canceled")
    const paid = await authorized("payses_paid")
    await provider.capturePayment({ data: paid.data, context: { idempotency_key: "capt_paid" } })
    await provider.deletePayment({ data: paid.data })
    expect((await stripe.paymentIntents.retrieve(paid.id)).status).toBe("succeeded")
  })
})
