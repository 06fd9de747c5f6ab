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

async function authorized(sessionId: string, amount = 20, currency = "eur") {
  const started = await provider.initiatePayment({
    amount,
    currency_code: currency,
    data: { session_id: sessionId, payment_method: "pm_card_visa" },
    context: { idempotency_key: sessionId },
  })
  expect(started.status).toBe(PaymentSessionStatus.AUTHORIZED)
  return started
}

describe("the Stripe payment provider", () => {
  it("creates a manual-capture intent in minor units, JOD rounded up to 10 fils, once per session", async () => {
    const first = await authorized("payses_jod", 12.345, "jod")
    const again = await authorized("payses_jod", 12.345, "jod")
    expect(again.id).toBe(first.id)
    const intent = await stripe.paymentIntents.retrieve(first.id)
    expect(intent).toMatchObject({ amount: 12350, currency: "jod", capture_method: "manual" })
    expect(intent.metadata).toMatchObject({ session_id: "payses_jod", medusa_amount: "12.345" })
    expect(first.data).not.toHaveProperty("charges")
  })

  it("refuses a declined card with the bank's words, as a payment authorization error", async () => {
    const declined = provider.initiatePayment({
      amount: 20,
      currency_code: "eur",
      data: { session_id: "payses_declined", payment_method: "pm_card_chargeDeclined" },
      context: { idempotency_key: "payses_declined" },
    })
    await expect(declined).rejects.toMatchObject({
      type: MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
      message: "Your card was declined.",
      code: "generic_decline",
    })
  })

  it("asks for 3-D Secure with the next action, and authorizes once it is done", async () => {
    const started = await provider.initiatePayment({
      amount: 20,
      currency_code: "eur",
      data: { session_id: "payses_3ds", payment_method: "pm_card_authenticationRequired" },
      context: { idempotency_key: "payses_3ds" },
    })
    expect(started.status).toBe(PaymentSessionStatus.REQUIRES_MORE)
    expect(started.data?.next_action).toMatchObject({ type: "use_stripe_sdk" })
    await expect(provider.authorizePayment({ data: started.data })).rejects.toMatchObject({
      type: MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
    })
    await fetch(`${emulator.url}/_emulator/payment_intents/${started.id}/authenticate`, { method: "POST" })
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
