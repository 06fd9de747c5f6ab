import { describe, expect, it } from "vitest"
import { rejection, startEmulator } from "./helpers"

const params = { amount: 2_000, currency: "jod", metadata: { cart: "c1" } }

describe("idempotency keys", () => {
  it("replays the same response for the same key and parameters", async () => {
    const { stripe, emulator } = await startEmulator()
    const first = await stripe.paymentIntents.create(params, { idempotencyKey: "cart_c1_attempt_1" })
    const second = await stripe.paymentIntents.create(params, { idempotencyKey: "cart_c1_attempt_1" })
    expect(second.id).toBe(first.id)
    expect(first.lastResponse.headers["idempotent-replayed"]).toBeUndefined()
    expect(second.lastResponse.headers["idempotent-replayed"]).toBe("true")
    expect(second.lastResponse.headers["original-request"]).toBe(first.lastResponse.requestId)
    expect(second.lastResponse.headers["idempotency-key"]).toBe("cart_c1_attempt_1")
    expect(second.lastResponse.statusCode).toBe(200)
    expect(emulator.state.paymentIntents.size).toBe(1)
    expect(emulator.events("payment_intent.created")).toHaveLength(1)
  })

  it("refuses the same key with different parameters or on another endpoint", async () => {
    const { stripe } = await startEmulator()
    await stripe.paymentIntents.create(params, { idempotencyKey: "k1" })
    const err = await rejection(
      stripe.paymentIntents.create({ ...params, amount: 2_500 }, { idempotencyKey: "k1" }),
    )
    expect(err.type).toBe("StripeIdempotencyError")
    expect(err.rawType).toBe("idempotency_error")
    expect(err.statusCode).toBe(400)
    expect(err.message).toContain("same parameters")

    const otherEndpoint = await rejection(
      stripe.customers.create({ email: "a@example.com" }, { idempotencyKey: "k1" }),
    )
    expect(otherEndpoint.type).toBe("StripeIdempotencyError")
    expect(otherEndpoint.message).toContain("same endpoint")
  })

  it("keeps keys per API key", async () => {
    const { client } = await startEmulator()
    const a = await client("sk_test_a").paymentIntents.create(params, { idempotencyKey: "shared" })
    const b = await client("sk_test_b").paymentIntents.create(
      { ...params, amount: 9_990 },
      { idempotencyKey: "shared" },
    )
    expect(b.id).not.toBe(a.id)
    expect(b.amount).toBe(9_990)
  })

  it("does not save requests refused by validation", async () => {
    const { stripe } = await startEmulator()
    const invalid = await rejection(
      stripe.paymentIntents.create({ currency: "jod" } as unknown as typeof params, { idempotencyKey: "k2" }),
    )
    expect(invalid.code).toBe("parameter_missing")
    const fixed = await stripe.paymentIntents.create(params, { idempotencyKey: "k2" })
    expect(fixed.lastResponse.headers["idempotent-replayed"]).toBeUndefined()
  })

  it("replays a card decline instead of charging again", async () => {
    const { stripe, emulator } = await startEmulator()
    const decline = { ...params, payment_method: "pm_card_chargeDeclined", confirm: true }
    const first = await rejection(stripe.paymentIntents.create(decline, { idempotencyKey: "k3" }))
    const second = await rejection(stripe.paymentIntents.create(decline, { idempotencyKey: "k3" }))
    expect(second.type).toBe("StripeCardError")
    expect(second.headers?.["idempotent-replayed"]).toBe("true")
    expect((second.payment_intent as { id: string }).id).toBe((first.payment_intent as { id: string }).id)
    expect(emulator.state.charges.size).toBe(1)
  })

  it("gives every SDK request its own key when none is passed", async () => {
    const { stripe, emulator } = await startEmulator()
    await stripe.paymentIntents.create(params)
    await stripe.paymentIntents.create(params)
    expect(emulator.state.paymentIntents.size).toBe(2)
  })
})
