import { describe, expect, it } from "vitest"
import { rejection, startEmulator } from "./helpers"

async function paid(stripe: Awaited<ReturnType<typeof startEmulator>>["stripe"], amount = 10_000) {
  return stripe.paymentIntents.create({
    amount,
    currency: "jod",
    payment_method: "pm_card_visa",
    confirm: true,
  })
}

describe("refunds", () => {
  it("refunds part, then the rest, then refuses more", async () => {
    const { stripe, emulator } = await startEmulator()
    const intent = await paid(stripe)

    const partial = await stripe.refunds.create({
      payment_intent: intent.id,
      amount: 3_000,
      reason: "requested_by_customer",
      metadata: { return_id: "ret_1" },
    })
    expect(partial).toMatchObject({
      object: "refund",
      amount: 3_000,
      currency: "jod",
      status: "succeeded",
      payment_intent: intent.id,
      charge: intent.latest_charge,
      reason: "requested_by_customer",
      metadata: { return_id: "ret_1" },
    })
    let charge = await stripe.charges.retrieve(intent.latest_charge as string)
    expect(charge).toMatchObject({ amount_refunded: 3_000, refunded: false })

    const over = await rejection(stripe.refunds.create({ payment_intent: intent.id, amount: 7_010 }))
    expect(over.type).toBe("StripeInvalidRequestError")
    expect(over.statusCode).toBe(400)
    expect(over.param).toBe("amount")
    expect(over.message).toBe(
      "Refund amount (JOD 7.010) is greater than unrefunded amount on charge (JOD 7.000)",
    )

    const rest = await stripe.refunds.create({ charge: intent.latest_charge as string })
    expect(rest.amount).toBe(7_000)
    charge = await stripe.charges.retrieve(intent.latest_charge as string)
    expect(charge).toMatchObject({ amount_refunded: 10_000, refunded: true })

    const again = await rejection(stripe.refunds.create({ payment_intent: intent.id }))
    expect(again.code).toBe("charge_already_refunded")

    const listed = await stripe.refunds.list({ payment_intent: intent.id })
    expect(listed.data.map((r) => r.id)).toEqual([rest.id, partial.id])
    expect((await stripe.refunds.retrieve(partial.id)).amount).toBe(3_000)
    expect(emulator.events("refund.created")).toHaveLength(2)
    expect(emulator.events("charge.refunded")).toHaveLength(2)
    expect(emulator.events("charge.refunded")[1]?.data.object).toMatchObject({ refunded: true })
  })

  it("refunds the captured part of a partially captured payment", async () => {
    const { stripe } = await startEmulator()
    const intent = await stripe.paymentIntents.create({
      amount: 10_000,
      currency: "jod",
      capture_method: "manual",
      payment_method: "pm_card_visa",
      confirm: true,
    })
    const uncaptured = await rejection(stripe.refunds.create({ payment_intent: intent.id }))
    expect(uncaptured.param).toBe("payment_intent")

    await stripe.paymentIntents.capture(intent.id, { amount_to_capture: 6_000 })
    const over = await rejection(stripe.refunds.create({ payment_intent: intent.id, amount: 6_010 }))
    expect(over.param).toBe("amount")
    const refund = await stripe.refunds.create({ payment_intent: intent.id })
    expect(refund.amount).toBe(6_000)
    const charge = await stripe.charges.retrieve(intent.latest_charge as string)
    expect(charge).toMatchObject({ amount_captured: 6_000, amount_refunded: 10_000, refunded: true })
  })

  it("needs a payment_intent or a charge that exists", async () => {
    const { stripe } = await startEmulator()
    const none = await rejection(stripe.refunds.create({ amount: 100 }))
    expect(none.code).toBe("parameter_missing")
    const missing = await rejection(stripe.refunds.create({ payment_intent: "pi_nope" }))
    expect(missing.code).toBe("resource_missing")
    expect(missing.param).toBe("payment_intent")
    expect(missing.statusCode).toBe(400)
  })
})
