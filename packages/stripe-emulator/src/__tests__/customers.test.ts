import { describe, expect, it } from "vitest"
import { rejection, startEmulator } from "./helpers"

describe("customers", () => {
  it("creates, retrieves, updates, lists and deletes", async () => {
    const { stripe, emulator } = await startEmulator()
    const customer = await stripe.customers.create({
      email: "layla@example.com",
      name: "Layla Haddad",
      phone: "+962790000000",
      address: { city: "Amman", country: "JO", line1: "Rainbow St 12" },
      metadata: { usra_customer_id: "cus_local_1" },
    })
    expect(customer).toMatchObject({
      object: "customer",
      email: "layla@example.com",
      name: "Layla Haddad",
      address: { city: "Amman", country: "JO", line1: "Rainbow St 12", line2: null },
      metadata: { usra_customer_id: "cus_local_1" },
      livemode: false,
    })
    expect(customer.id).toMatch(/^cus_/)
    await stripe.customers.create({ email: "other@example.com" })

    expect((await stripe.customers.retrieve(customer.id)).id).toBe(customer.id)
    const updated = await stripe.customers.update(customer.id, { name: "Layla H.", phone: "" })
    expect(updated).toMatchObject({ name: "Layla H.", phone: null })
    const event = emulator.events("customer.updated")[0]
    expect(event?.data.previous_attributes).toEqual({ name: "Layla Haddad", phone: "+962790000000" })

    const byEmail = await stripe.customers.list({ email: "layla@example.com" })
    expect(byEmail.data.map((c) => c.id)).toEqual([customer.id])
    expect((await stripe.customers.list()).data).toHaveLength(2)

    const deleted = await stripe.customers.del(customer.id)
    expect(deleted).toMatchObject({ id: customer.id, object: "customer", deleted: true })
    expect(await stripe.customers.retrieve(customer.id)).toMatchObject({ deleted: true })
    const gone = await rejection(stripe.customers.update(customer.id, { name: "x" }))
    expect(gone.code).toBe("resource_missing")
    expect((await stripe.customers.list()).data).toHaveLength(1)
    expect(emulator.events().map((e) => e.type)).toEqual([
      "customer.created",
      "customer.created",
      "customer.updated",
      "customer.deleted",
    ])
  })

  it("saves a card for later and lists the customer's payment methods", async () => {
    const { stripe, emulator } = await startEmulator()
    const customer = await stripe.customers.create({ email: "saver@example.com" })
    const intent = await stripe.paymentIntents.create({
      amount: 1000,
      currency: "jod",
      customer: customer.id,
      payment_method: "pm_card_visa",
      setup_future_usage: "off_session",
      confirm: true,
    })
    expect(intent.status).toBe("succeeded")
    const methods = await stripe.customers.listPaymentMethods(customer.id)
    expect(methods.data.map((pm) => pm.id)).toEqual([intent.payment_method])
    expect(emulator.events("payment_method.attached")).toHaveLength(1)

    const detached = await stripe.paymentMethods.detach(intent.payment_method as string)
    expect(detached.customer).toBeNull()
    expect((await stripe.customers.listPaymentMethods(customer.id)).data).toHaveLength(0)
  })

  it("refuses a payment for an unknown customer", async () => {
    const { stripe } = await startEmulator()
    const err = await rejection(
      stripe.paymentIntents.create({ amount: 1000, currency: "jod", customer: "cus_nope" }),
    )
    expect(err.code).toBe("resource_missing")
    expect(err.param).toBe("customer")
  })
})
