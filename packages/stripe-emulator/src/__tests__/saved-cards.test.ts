import { describe, expect, it } from "vitest"
import { type Harness, rejection, startEmulator } from "./helpers"

/** A manual-capture payment that saves its card for the customer, as a marketplace checkout does. */
async function payAndSave(stripe: Harness["stripe"], customer: string, paymentMethod = "pm_card_visa") {
  return stripe.paymentIntents.create({
    amount: 12_500,
    currency: "jod",
    capture_method: "manual",
    customer,
    payment_method: paymentMethod,
    setup_future_usage: "off_session",
    confirm: true,
  })
}

describe("saved cards (customers' payment methods)", () => {
  it("attaches the card on an authorized payment and charges it again by its id", async () => {
    const { stripe, emulator } = await startEmulator()
    const customer = await stripe.customers.create({ email: "returning@example.com" })
    const first = await payAndSave(stripe, customer.id)
    expect(first).toMatchObject({ status: "requires_capture", setup_future_usage: "off_session" })
    const saved = first.payment_method as string

    const listed = await stripe.customers.listPaymentMethods(customer.id, { type: "card" })
    expect(listed.data).toHaveLength(1)
    expect(listed.data[0]).toMatchObject({
      id: saved,
      customer: customer.id,
      card: { brand: "visa", last4: "4242" },
    })
    expect((await stripe.paymentMethods.list({ customer: customer.id })).data.map((pm) => pm.id)).toEqual([
      saved,
    ])
    expect(emulator.events("payment_method.attached").map((e) => e.data.object.id)).toEqual([saved])

    const second = await stripe.paymentIntents.create({
      amount: 4_000,
      currency: "jod",
      capture_method: "manual",
      customer: customer.id,
      payment_method: saved,
      confirm: true,
    })
    expect(second.status).toBe("requires_capture")
    const captured = await stripe.paymentIntents.capture(second.id)
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 4_000 })
    expect(emulator.events("charge.captured")).toHaveLength(1)
    // Still saved once: paying with a card the customer already has attaches nothing new.
    expect(emulator.events("payment_method.attached")).toHaveLength(1)
  })

  it("refuses another customer's card, and an owned card without its customer, charging nothing", async () => {
    const { stripe, emulator } = await startEmulator()
    const owner = await stripe.customers.create({ email: "owner@example.com" })
    const other = await stripe.customers.create({ email: "other@example.com" })
    const saved = (await payAndSave(stripe, owner.id)).payment_method as string
    const chargesBefore = (await stripe.charges.list()).data.length

    const stolen = await rejection(
      stripe.paymentIntents.create({
        amount: 1_000,
        currency: "jod",
        customer: other.id,
        payment_method: saved,
        confirm: true,
      }),
    )
    expect(stolen).toMatchObject({ statusCode: 400, code: "resource_missing", param: "payment_method" })
    expect(stolen.message).toContain(saved)
    expect(stolen.message).not.toContain(owner.id)

    const anonymous = await rejection(
      stripe.paymentIntents.create({ amount: 1_000, currency: "jod", payment_method: saved, confirm: true }),
    )
    expect(anonymous).toMatchObject({ statusCode: 400, param: "payment_method" })

    const pending = await stripe.paymentIntents.create({ amount: 1_000, currency: "jod", customer: other.id })
    const onConfirm = await rejection(stripe.paymentIntents.confirm(pending.id, { payment_method: saved }))
    expect(onConfirm.code).toBe("resource_missing")
    expect((await stripe.paymentIntents.retrieve(pending.id)).status).toBe("requires_payment_method")

    expect((await stripe.paymentIntents.list({ customer: other.id })).data.map((pi) => pi.id)).toEqual([
      pending.id,
    ])
    expect((await stripe.charges.list()).data).toHaveLength(chargesBefore)
    expect(emulator.events("charge.succeeded")).toHaveLength(1)
  })

  it("does not save a declined card", async () => {
    const { stripe } = await startEmulator()
    const customer = await stripe.customers.create({ email: "declined@example.com" })
    const declined = await rejection(payAndSave(stripe, customer.id, "pm_card_chargeDeclined"))
    expect(declined).toMatchObject({ statusCode: 402, code: "card_declined" })
    expect((await stripe.customers.listPaymentMethods(customer.id)).data).toHaveLength(0)
  })

  it("detaches a saved card once; deleting the customer detaches the rest", async () => {
    const { stripe, emulator } = await startEmulator()
    const customer = await stripe.customers.create({ email: "tidy@example.com" })
    const first = (await payAndSave(stripe, customer.id)).payment_method as string
    const second = (await payAndSave(stripe, customer.id, "pm_card_mastercard")).payment_method as string
    expect((await stripe.customers.listPaymentMethods(customer.id)).data).toHaveLength(2)

    const detached = await stripe.paymentMethods.detach(first)
    expect(detached).toMatchObject({ id: first, customer: null })
    expect(emulator.events("payment_method.detached")).toHaveLength(1)
    const again = await rejection(stripe.paymentMethods.detach(first))
    expect(again).toMatchObject({ statusCode: 400, code: "payment_method_unexpected_state" })
    const missing = await rejection(stripe.paymentMethods.detach("pm_doesnotexist"))
    expect(missing).toMatchObject({ statusCode: 404, code: "resource_missing" })
    expect((await stripe.customers.listPaymentMethods(customer.id)).data.map((pm) => pm.id)).toEqual([second])
    const reused = await rejection(
      stripe.paymentIntents.create({
        amount: 1_000,
        currency: "jod",
        customer: customer.id,
        payment_method: first,
        confirm: true,
      }),
    )
    expect(reused).toMatchObject({ statusCode: 400, param: "payment_method" })
    expect(reused.message).toMatch(/detached from a Customer/)

    await stripe.customers.del(customer.id)
    expect((await stripe.paymentMethods.retrieve(second)).customer).toBeNull()
    const gone = await rejection(stripe.customers.listPaymentMethods(customer.id))
    expect(gone.code).toBe("resource_missing")
  })

  it("attaches and lists through the payment method endpoints, refusing a card attached elsewhere", async () => {
    const { stripe } = await startEmulator()
    const [a, b] = await Promise.all([
      stripe.customers.create({ email: "a@example.com" }),
      stripe.customers.create({ email: "b@example.com" }),
    ])
    const card = await stripe.paymentMethods.create({ type: "card", card: { token: "tok_visa" } })
    const attached = await stripe.paymentMethods.attach(card.id, { customer: a.id })
    expect(attached.customer).toBe(a.id)
    const elsewhere = await rejection(stripe.paymentMethods.attach(card.id, { customer: b.id }))
    expect(elsewhere).toMatchObject({ statusCode: 400, code: "resource_already_exists" })
    const unknown = await rejection(stripe.paymentMethods.attach(card.id, { customer: "cus_nope" }))
    expect(unknown).toMatchObject({ code: "resource_missing", param: "customer" })
    expect((await stripe.paymentMethods.list({ customer: b.id, type: "card" })).data).toHaveLength(0)
  })
})
