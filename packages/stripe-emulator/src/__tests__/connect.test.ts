import { describe, expect, it } from "vitest"
import { rejection, startEmulator } from "./helpers"

describe("connect", () => {
  it("onboards an express account through an account link", async () => {
    const { stripe, emulator, url } = await startEmulator()
    const account = await stripe.accounts.create({
      type: "express",
      country: "JO",
      email: "seller@example.com",
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
      metadata: { seller_id: "sel_1" },
    })
    expect(account).toMatchObject({
      object: "account",
      type: "express",
      country: "JO",
      default_currency: "jod",
      email: "seller@example.com",
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      capabilities: { card_payments: "inactive", transfers: "inactive" },
      metadata: { seller_id: "sel_1" },
    })
    expect(account.requirements?.currently_due?.length).toBeGreaterThan(0)

    const link = await stripe.accountLinks.create({
      account: account.id,
      type: "account_onboarding",
      refresh_url: "https://usra.example/seller/onboarding/refresh",
      return_url: "https://usra.example/seller/onboarding/done",
    })
    expect(link.object).toBe("account_link")
    expect(link.url.startsWith(`${url}/_emulator/account_links/`)).toBe(true)
    expect(link.expires_at).toBeGreaterThan(link.created)

    const page = await fetch(link.url)
    const html = await page.text()
    expect(html).toContain("Complete onboarding")
    const token = link.url.split("/").pop() as string
    const done = await fetch(`${url}/_emulator/accounts/${account.id}/onboard`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `link=${token}&redirect=1`,
    })
    expect(done.status).toBe(303)
    expect(done.headers.get("location")).toBe("https://usra.example/seller/onboarding/done")

    const onboarded = await stripe.accounts.retrieve(account.id)
    expect(onboarded).toMatchObject({
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
      capabilities: { card_payments: "active", transfers: "active" },
    })
    const event = emulator.events("account.updated")[0]
    expect(event?.account).toBe(account.id)
    expect(event?.data.previous_attributes).toMatchObject({
      charges_enabled: false,
      details_submitted: false,
    })
  })

  it("updates and deletes accounts", async () => {
    const { stripe, emulator } = await startEmulator()
    const account = await stripe.accounts.create({ type: "custom", country: "JO", email: "a@example.com" })
    const updated = await stripe.accounts.update(account.id, {
      email: "b@example.com",
      business_profile: { name: "Umm Ali's kitchen" },
    })
    expect(updated.email).toBe("b@example.com")
    expect(updated.business_profile?.name).toBe("Umm Ali's kitchen")
    expect(emulator.events("account.updated")[0]?.data.previous_attributes).toMatchObject({
      email: "a@example.com",
    })
    expect((await stripe.accounts.list()).data.map((a) => a.id)).toEqual([account.id])

    const deleted = await stripe.accounts.del(account.id)
    expect(deleted).toEqual(expect.objectContaining({ id: account.id, deleted: true }))
    const gone = await rejection(stripe.accounts.retrieve(account.id))
    expect(gone.code).toBe("resource_missing")
  })

  it("transfers to a connected account and reverses part, then all", async () => {
    const { stripe, emulator } = await startEmulator()
    const account = await stripe.accounts.create({ type: "express", country: "JO" })
    const transfer = await stripe.transfers.create({
      amount: 5_000,
      currency: "jod",
      destination: account.id,
      transfer_group: "order_42",
      metadata: { order_id: "order_42" },
    })
    expect(transfer).toMatchObject({
      object: "transfer",
      amount: 5_000,
      amount_reversed: 0,
      reversed: false,
      destination: account.id,
      transfer_group: "order_42",
      metadata: { order_id: "order_42" },
    })
    expect(transfer.id).toMatch(/^tr_/)
    await stripe.transfers.create({ amount: 100, currency: "jod", destination: account.id })
    expect((await stripe.transfers.list({ destination: account.id })).data).toHaveLength(2)
    expect((await stripe.transfers.list({ transfer_group: "order_42" })).data.map((t) => t.id)).toEqual([
      transfer.id,
    ])

    const partial = await stripe.transfers.createReversal(transfer.id, { amount: 2_000 })
    expect(partial).toMatchObject({ object: "transfer_reversal", amount: 2_000, transfer: transfer.id })
    let current = await stripe.transfers.retrieve(transfer.id)
    expect(current).toMatchObject({ amount_reversed: 2_000, reversed: false })
    expect(current.reversals.data.map((r) => r.id)).toEqual([partial.id])

    const over = await rejection(stripe.transfers.createReversal(transfer.id, { amount: 3_010 }))
    expect(over.type).toBe("StripeInvalidRequestError")
    expect(over.param).toBe("amount")

    const rest = await stripe.transfers.createReversal(transfer.id)
    expect(rest.amount).toBe(3_000)
    current = await stripe.transfers.retrieve(transfer.id)
    expect(current).toMatchObject({ amount_reversed: 5_000, reversed: true })
    const more = await rejection(stripe.transfers.createReversal(transfer.id, { amount: 10 }))
    expect(more.message).toContain("already been fully reversed")
    expect((await stripe.transfers.listReversals(transfer.id)).data.map((r) => r.id)).toEqual([
      rest.id,
      partial.id,
    ])
    expect(emulator.events("transfer.created")).toHaveLength(2)
    expect(emulator.events("transfer.reversed")).toHaveLength(2)
  })

  it("refuses transfers to an unknown account", async () => {
    const { stripe } = await startEmulator()
    const err = await rejection(
      stripe.transfers.create({ amount: 1000, currency: "jod", destination: "acct_nope" }),
    )
    expect(err.type).toBe("StripeInvalidRequestError")
    expect(err.code).toBe("resource_missing")
    expect(err.param).toBe("destination")
  })

  it("can insist on an active transfers capability", async () => {
    const { stripe, url } = await startEmulator({ enforceTransferCapability: true })
    const account = await stripe.accounts.create({
      type: "express",
      country: "JO",
      capabilities: { transfers: { requested: true } },
    })
    const err = await rejection(
      stripe.transfers.create({ amount: 1000, currency: "jod", destination: account.id }),
    )
    expect(err.code).toBe("insufficient_capabilities_for_transfer")
    await fetch(`${url}/_emulator/accounts/${account.id}/onboard`, { method: "POST" })
    const transfer = await stripe.transfers.create({ amount: 1000, currency: "jod", destination: account.id })
    expect(transfer.amount).toBe(1000)
  })

  it("pays the destination of a destination charge, less the application fee", async () => {
    const { stripe } = await startEmulator()
    const account = await stripe.accounts.create({ type: "express", country: "JO" })
    const intent = await stripe.paymentIntents.create({
      amount: 10_000,
      currency: "jod",
      payment_method: "pm_card_visa",
      confirm: true,
      application_fee_amount: 1_500,
      transfer_data: { destination: account.id },
    })
    const charge = await stripe.charges.retrieve(intent.latest_charge as string)
    const transfer = await stripe.transfers.retrieve(charge.transfer as string)
    expect(transfer).toMatchObject({ amount: 8_500, destination: account.id, source_transaction: charge.id })
  })
})
