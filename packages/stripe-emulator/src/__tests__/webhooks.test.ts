import Stripe from "stripe"
import { describe, expect, it } from "vitest"
import { signatureHeader } from "../index"
import { startEmulator, startReceiver } from "./helpers"

const SECRET = "whsec_test_usra_emulator_secret"
const verifier = new Stripe("sk_test_verifier")

/** What the backend's webhook route does: verify the signature over the raw body with the SDK. */
function verify(body: string, signature: string | string[] | undefined, secret = SECRET): Stripe.Event {
  return verifier.webhooks.constructEvent(body, signature as string, secret)
}

describe("webhooks", () => {
  it("delivers signed events that the SDK verifies, and a tampered body fails", async () => {
    const receiver = await startReceiver((webhook) => {
      try {
        verify(webhook.body, webhook.headers["stripe-signature"])
        return 200
      } catch {
        return 400
      }
    })
    const { stripe, emulator } = await startEmulator({ webhookUrl: receiver.url, webhookSecret: SECRET })
    const intent = await stripe.paymentIntents.create({
      amount: 2_000,
      currency: "jod",
      payment_method: "pm_card_visa",
      confirm: true,
      metadata: { session_id: "payses_1" },
    })
    await emulator.waitForWebhooks()

    expect(receiver.received).toHaveLength(3)
    const events = receiver.received.map((w) => verify(w.body, w.headers["stripe-signature"]))
    expect(events.map((e) => e.type)).toEqual([
      "payment_intent.created",
      "charge.succeeded",
      "payment_intent.succeeded",
    ])
    const succeeded = events[2] as Stripe.PaymentIntentSucceededEvent
    expect(succeeded.data.object).toMatchObject({
      id: intent.id,
      status: "succeeded",
      metadata: { session_id: "payses_1" },
    })
    expect(succeeded.livemode).toBe(false)
    expect(succeeded.request?.id).toBe(intent.lastResponse.requestId)
    expect(receiver.received[0]?.headers["content-type"]).toBe("application/json; charset=utf-8")
    expect(receiver.received[0]?.headers["user-agent"]).toContain("Stripe/1.0")
    expect(emulator.deliveries().every((d) => d.status === "succeeded")).toBe(true)

    // The event is the same through the API.
    const fetched = await stripe.events.retrieve(succeeded.id)
    expect(fetched.type).toBe("payment_intent.succeeded")
    expect((await stripe.events.list({ type: "payment_intent.*" })).data).toHaveLength(2)

    const original = receiver.received[2] as { body: string; headers: Record<string, unknown> }
    const tampered = original.body.replace('"amount": 2000', '"amount": 1')
    expect(tampered).not.toBe(original.body)
    expect(() => verify(tampered, original.headers["stripe-signature"] as string)).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    )
    expect(() =>
      verify(original.body, original.headers["stripe-signature"] as string, "whsec_wrong"),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError)
    const res = await fetch(receiver.url, {
      method: "POST",
      headers: { "Stripe-Signature": original.headers["stripe-signature"] as string },
      body: tampered,
    })
    expect(res.status).toBe(400)
  })

  it("signs exactly like the SDK's test header helper", () => {
    const payload = JSON.stringify({ id: "evt_1", object: "event" })
    const timestamp = 1_700_000_000
    expect(signatureHeader(payload, SECRET, timestamp)).toBe(
      verifier.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp }),
    )
  })

  it("retries after the receiver answers 500, until it accepts", async () => {
    let failuresLeft = 2
    const receiver = await startReceiver(() => (failuresLeft-- > 0 ? 500 : 200))
    const { stripe, emulator } = await startEmulator({
      webhooks: [{ url: receiver.url, secret: SECRET, enabledEvents: ["customer.created"] }],
      webhookRetryDelaysMs: [50, 100, 200],
    })
    await stripe.customers.create({ email: "retry@example.com" })
    await emulator.waitForWebhooks()

    const [delivery] = emulator.deliveries({ event_type: "customer.created" })
    expect(delivery?.status).toBe("succeeded")
    expect(delivery?.attempts.map((a) => a.status_code)).toEqual([500, 500, 200])
    expect(receiver.received).toHaveLength(3)
    const ids = receiver.received.map((w) => verify(w.body, w.headers["stripe-signature"]).id)
    expect(new Set(ids).size).toBe(1)
    const event = await stripe.events.retrieve(ids[0] as string)
    expect(event.pending_webhooks).toBe(0)
  })

  it("gives up after the last retry and records network errors", async () => {
    const { stripe, emulator, url } = await startEmulator({
      webhooks: [{ url: "http://127.0.0.1:9/unreachable", secret: SECRET }],
      webhookRetryDelaysMs: [20, 20],
    })
    await stripe.customers.create({ email: "nobody@example.com" })
    await emulator.waitForWebhooks()
    const res = await fetch(`${url}/_emulator/deliveries?event_type=customer.created`)
    const body = (await res.json()) as {
      data: Array<{ status: string; attempts: Array<{ error: string | null }> }>
    }
    expect(body.data).toHaveLength(1)
    expect(body.data[0]?.status).toBe("failed")
    expect(body.data[0]?.attempts).toHaveLength(3)
    expect(body.data[0]?.attempts[0]?.error).toBeTruthy()
  })

  it("delivers events about one object in order even when one needs retries", async () => {
    let first = true
    const receiver = await startReceiver((webhook) => {
      if (first && webhook.body.includes('"type": "payment_intent.created"')) {
        first = false
        return 503
      }
      return 200
    })
    const { stripe, emulator } = await startEmulator({
      webhooks: [
        {
          url: receiver.url,
          secret: SECRET,
          enabledEvents: ["payment_intent.created", "payment_intent.succeeded"],
        },
      ],
      webhookRetryDelaysMs: [100],
    })
    await stripe.paymentIntents.create({
      amount: 1000,
      currency: "jod",
      payment_method: "pm_card_visa",
      confirm: true,
    })
    await emulator.waitForWebhooks()
    const types = receiver.received.map((w) => verify(w.body, w.headers["stripe-signature"]).type)
    expect(types).toEqual(["payment_intent.created", "payment_intent.created", "payment_intent.succeeded"])
  })

  it("registers endpoints through the API, returning the secret once", async () => {
    const receiver = await startReceiver()
    const { stripe, emulator } = await startEmulator()
    const endpoint = await stripe.webhookEndpoints.create({
      url: receiver.url,
      enabled_events: ["refund.created", "charge.refunded"],
    })
    expect(endpoint.secret).toMatch(/^whsec_/)
    expect((await stripe.webhookEndpoints.retrieve(endpoint.id)).secret).toBeUndefined()

    const intent = await stripe.paymentIntents.create({
      amount: 1000,
      currency: "jod",
      payment_method: "pm_card_visa",
      confirm: true,
    })
    await stripe.refunds.create({ payment_intent: intent.id, amount: 500 })
    await emulator.waitForWebhooks()
    const types = receiver.received.map(
      (w) => verify(w.body, w.headers["stripe-signature"], endpoint.secret).type,
    )
    expect(types.sort()).toEqual(["charge.refunded", "refund.created"])

    await stripe.webhookEndpoints.update(endpoint.id, { disabled: true })
    await stripe.refunds.create({ payment_intent: intent.id, amount: 500 })
    await emulator.waitForWebhooks()
    expect(receiver.received).toHaveLength(2)
    expect((await stripe.webhookEndpoints.del(endpoint.id)).deleted).toBe(true)
  })

  it("resends an event on request", async () => {
    const receiver = await startReceiver()
    const { stripe, emulator, url } = await startEmulator({ webhookUrl: receiver.url, webhookSecret: SECRET })
    await stripe.customers.create({ email: "again@example.com" })
    await emulator.waitForWebhooks()
    const [event] = emulator.events("customer.created")
    const res = await fetch(`${url}/_emulator/events/${event?.id}/resend`, { method: "POST" })
    expect(res.status).toBe(200)
    await emulator.waitForWebhooks()
    expect(receiver.received).toHaveLength(2)
    expect(emulator.deliveries({ event_id: event?.id })).toHaveLength(2)
  })
})
