import type Stripe from "stripe"
import { describe, expect, it } from "vitest"
import { authenticate, rejection, startEmulator } from "./helpers"

describe("payment intents", () => {
  it("creates and confirms with automatic capture", async () => {
    const { stripe, emulator } = await startEmulator()
    const intent = await stripe.paymentIntents.create({
      amount: 12_500,
      currency: "jod",
      payment_method: "pm_card_visa",
      confirm: true,
      metadata: { order_id: "ord_1" },
      description: "Embroidered cushion",
      receipt_email: "buyer@example.com",
    })
    expect(intent.id).toMatch(/^pi_/)
    expect(intent.object).toBe("payment_intent")
    expect(intent.status).toBe("succeeded")
    expect(intent.amount_received).toBe(12_500)
    expect(intent.capture_method).toBe("automatic_async")
    expect(intent.client_secret).toMatch(new RegExp(`^${intent.id}_secret_`))
    expect(intent.payment_method).toMatch(/^pm_/)
    expect(intent.metadata).toEqual({ order_id: "ord_1" })

    const charge = await stripe.charges.retrieve(intent.latest_charge as string)
    expect(charge).toMatchObject({
      object: "charge",
      amount: 12_500,
      amount_captured: 12_500,
      amount_refunded: 0,
      captured: true,
      paid: true,
      refunded: false,
      status: "succeeded",
      payment_intent: intent.id,
      currency: "jod",
      metadata: { order_id: "ord_1" },
    })
    expect(charge.balance_transaction).toMatch(/^txn_/)
    expect(charge.payment_method_details?.card?.last4).toBe("4242")

    expect(emulator.events().map((e) => e.type)).toEqual([
      "payment_intent.created",
      "charge.succeeded",
      "payment_intent.succeeded",
    ])
  })

  it("expands latest_charge and payment_method", async () => {
    const { stripe } = await startEmulator()
    const created = await stripe.paymentIntents.create({
      amount: 2000,
      currency: "usd",
      payment_method: "pm_card_mastercard",
      confirm: true,
      expand: ["payment_method"],
    })
    expect((created.payment_method as Stripe.PaymentMethod).card?.brand).toBe("mastercard")
    const intent = await stripe.paymentIntents.retrieve(created.id, {
      expand: ["latest_charge", "payment_method"],
    })
    expect((intent.latest_charge as Stripe.Charge).object).toBe("charge")
    expect((intent.payment_method as Stripe.PaymentMethod).object).toBe("payment_method")
    const err = await rejection(stripe.paymentIntents.retrieve(created.id, { expand: ["nonsense"] }))
    expect(err.message).toBe("This property cannot be expanded (nonsense).")
  })

  it("authorizes with manual capture, then captures part of it", async () => {
    const { stripe, emulator } = await startEmulator()
    const intent = await stripe.paymentIntents.create({
      amount: 10_000,
      currency: "jod",
      capture_method: "manual",
      payment_method: "pm_card_visa",
      confirm: true,
    })
    expect(intent.status).toBe("requires_capture")
    expect(intent.amount_capturable).toBe(10_000)
    const authorized = await stripe.charges.retrieve(intent.latest_charge as string)
    expect(authorized).toMatchObject({
      captured: false,
      paid: true,
      amount_captured: 0,
      balance_transaction: null,
    })

    const captured = await stripe.paymentIntents.capture(intent.id, { amount_to_capture: 6_000 })
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 6_000, amount_capturable: 0 })
    const charge = await stripe.charges.retrieve(intent.latest_charge as string)
    expect(charge).toMatchObject({
      captured: true,
      amount_captured: 6_000,
      amount_refunded: 4_000,
      refunded: false,
    })
    expect(emulator.events().map((e) => e.type)).toEqual([
      "payment_intent.created",
      "charge.succeeded",
      "payment_intent.amount_capturable_updated",
      "charge.captured",
      "payment_intent.succeeded",
    ])

    const again = await rejection(stripe.paymentIntents.capture(intent.id))
    expect(again.type).toBe("StripeInvalidRequestError")
    expect(again.code).toBe("payment_intent_unexpected_state")
    expect((again.payment_intent as Stripe.PaymentIntent).status).toBe("succeeded")
  })

  it("refuses to capture more than was authorized", async () => {
    const { stripe } = await startEmulator()
    const intent = await stripe.paymentIntents.create({
      amount: 1000,
      currency: "usd",
      capture_method: "manual",
      payment_method: "pm_card_visa",
      confirm: true,
    })
    const err = await rejection(stripe.paymentIntents.capture(intent.id, { amount_to_capture: 1001 }))
    expect(err.param).toBe("amount_to_capture")
  })

  it("goes through requires_payment_method -> requires_confirmation -> succeeded step by step", async () => {
    const { stripe } = await startEmulator()
    const intent = await stripe.paymentIntents.create({
      amount: 3000,
      currency: "jod",
      automatic_payment_methods: { enabled: true },
    })
    expect(intent.status).toBe("requires_payment_method")
    expect(intent.automatic_payment_methods).toEqual({ allow_redirects: "always", enabled: true })
    expect(intent.latest_charge).toBeNull()

    const updated = await stripe.paymentIntents.update(intent.id, {
      amount: 3500,
      payment_method: "pm_card_visa",
      metadata: { cart: "c1" },
    })
    expect(updated).toMatchObject({ status: "requires_confirmation", amount: 3500, metadata: { cart: "c1" } })

    const confirmed = await stripe.paymentIntents.confirm(intent.id)
    expect(confirmed).toMatchObject({ status: "succeeded", amount_received: 3500 })

    const withMetadata = await stripe.paymentIntents.update(intent.id, {
      metadata: { cart: "", note: "gift" },
    })
    expect(withMetadata.metadata).toEqual({ note: "gift" })
    const err = await rejection(stripe.paymentIntents.update(intent.id, { amount: 4000 }))
    expect(err.code).toBe("payment_intent_unexpected_state")

    const noMethod = await stripe.paymentIntents.create({ amount: 3000, currency: "jod" })
    const missing = await rejection(stripe.paymentIntents.confirm(noMethod.id))
    expect(missing.code).toBe("payment_intent_unexpected_state")
  })

  it("cancels, releasing an authorization", async () => {
    const { stripe, emulator } = await startEmulator()
    const open = await stripe.paymentIntents.create({ amount: 1000, currency: "jod" })
    const canceled = await stripe.paymentIntents.cancel(open.id, { cancellation_reason: "abandoned" })
    expect(canceled).toMatchObject({ status: "canceled", cancellation_reason: "abandoned" })
    expect(canceled.canceled_at).toBeTypeOf("number")
    const twice = await rejection(stripe.paymentIntents.cancel(open.id))
    expect(twice.code).toBe("payment_intent_unexpected_state")
    expect((twice.payment_intent as Stripe.PaymentIntent).status).toBe("canceled")

    const authorized = await stripe.paymentIntents.create({
      amount: 2000,
      currency: "jod",
      capture_method: "manual",
      payment_method: "pm_card_visa",
      confirm: true,
    })
    await stripe.paymentIntents.cancel(authorized.id)
    const charge = await stripe.charges.retrieve(authorized.latest_charge as string)
    expect(charge).toMatchObject({ refunded: true, amount_refunded: 2000, captured: false })
    expect(emulator.events("payment_intent.canceled")).toHaveLength(2)
    expect(emulator.events("charge.refunded")).toHaveLength(1)
  })

  it("lists by customer, newest first, with pagination", async () => {
    const { stripe } = await startEmulator()
    const customer = await stripe.customers.create({ email: "a@example.com" })
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      ids.push(
        (
          await stripe.paymentIntents.create({
            amount: 1000 + i * 10,
            currency: "jod",
            customer: customer.id,
          })
        ).id,
      )
    }
    await stripe.paymentIntents.create({ amount: 500, currency: "jod" })
    const page = await stripe.paymentIntents.list({ customer: customer.id, limit: 2 })
    expect(page.object).toBe("list")
    expect(page.data.map((pi) => pi.id)).toEqual([ids[2], ids[1]])
    expect(page.has_more).toBe(true)
    const all = await stripe.paymentIntents.list({ customer: customer.id }).autoPagingToArray({ limit: 10 })
    expect(all.map((pi) => pi.id)).toEqual([...ids].reverse())
    expect((await stripe.paymentIntents.list()).data).toHaveLength(4)
  })

  it("declines pm_card_chargeDeclined with Stripe's card error", async () => {
    const { stripe, emulator } = await startEmulator()
    const err = await rejection(
      stripe.paymentIntents.create({
        amount: 5000,
        currency: "jod",
        payment_method: "pm_card_chargeDeclined",
        confirm: true,
      }),
    )
    expect(err.type).toBe("StripeCardError")
    expect(err.statusCode).toBe(402)
    expect(err.code).toBe("card_declined")
    expect(err.decline_code).toBe("generic_decline")
    expect(err.message).toBe("Your card was declined.")
    expect(err.requestId).toMatch(/^req_/)
    const failed = err.payment_intent as Stripe.PaymentIntent
    expect(failed.status).toBe("requires_payment_method")
    expect(failed.last_payment_error).toMatchObject({ type: "card_error", decline_code: "generic_decline" })

    const intent = await stripe.paymentIntents.retrieve(failed.id)
    expect(intent.status).toBe("requires_payment_method")
    expect(intent.last_payment_error?.code).toBe("card_declined")
    const charge = await stripe.charges.retrieve(intent.latest_charge as string)
    expect(charge).toMatchObject({ status: "failed", paid: false, failure_code: "card_declined" })
    expect(emulator.events().map((e) => e.type)).toEqual([
      "payment_intent.created",
      "charge.failed",
      "payment_intent.payment_failed",
    ])

    const retried = await stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
    expect(retried.status).toBe("succeeded")
    expect(retried.last_payment_error).toBeNull()
  })

  it("passes the decline reason of other test cards", async () => {
    const { stripe } = await startEmulator()
    const err = await rejection(
      stripe.paymentIntents.create({
        amount: 5000,
        currency: "jod",
        payment_method: "pm_card_visa_chargeDeclinedInsufficientFunds",
        confirm: true,
      }),
    )
    expect(err.decline_code).toBe("insufficient_funds")
    const expired = await rejection(
      stripe.paymentIntents.create({
        amount: 5000,
        currency: "jod",
        payment_method: "pm_card_chargeDeclinedExpiredCard",
        confirm: true,
      }),
    )
    expect(expired.code).toBe("expired_card")
  })

  it("requires 3-D Secure, then succeeds once authenticated", async () => {
    const { stripe, url, emulator } = await startEmulator()
    const intent = await stripe.paymentIntents.create({
      amount: 7000,
      currency: "jod",
      payment_method: "pm_card_authenticationRequired",
      confirm: true,
      return_url: "https://usra.example/checkout/complete",
    })
    expect(intent.status).toBe("requires_action")
    expect(intent.next_action?.type).toBe("redirect_to_url")
    expect(intent.next_action?.redirect_to_url?.return_url).toBe("https://usra.example/checkout/complete")
    expect(intent.next_action?.redirect_to_url?.url).toBe(`${url}/_emulator/3ds/${intent.id}`)
    expect(intent.latest_charge).toBeNull()

    const done = await authenticate(url, intent.id, "succeed")
    expect(done.status).toBe("succeeded")
    const charge = await stripe.charges.retrieve(done.latest_charge as string)
    expect(charge.payment_method_details?.card?.three_d_secure?.result).toBe("authenticated")
    expect(emulator.events().map((e) => e.type)).toEqual([
      "payment_intent.created",
      "payment_intent.requires_action",
      "charge.succeeded",
      "payment_intent.succeeded",
    ])
    const event = emulator.events("payment_intent.succeeded")[0]
    expect(event?.request).toEqual({ id: null, idempotency_key: null })
  })

  it("asks for the SDK flow without return_url and moves to requires_capture for manual capture", async () => {
    const { stripe, url } = await startEmulator()
    const intent = await stripe.paymentIntents.create({
      amount: 7000,
      currency: "jod",
      capture_method: "manual",
      payment_method: "pm_card_threeDSecure2Required",
      confirm: true,
    })
    expect(intent.status).toBe("requires_action")
    expect(intent.next_action?.type).toBe("use_stripe_sdk")
    expect(intent.next_action?.use_stripe_sdk).toMatchObject({
      stripe_js: `${url}/_emulator/3ds/${intent.id}`,
    })
    const done = await authenticate(url, intent.id, "succeed")
    expect(done.status).toBe("requires_capture")
  })

  it("fails the payment when authentication fails", async () => {
    const { stripe, url, emulator } = await startEmulator()
    const intent = await stripe.paymentIntents.create({
      amount: 7000,
      currency: "jod",
      payment_method: "pm_card_authenticationRequired",
      confirm: true,
    })
    const failed = await authenticate(url, intent.id, "fail")
    expect(failed.status).toBe("requires_payment_method")
    expect(failed.last_payment_error?.code).toBe("payment_intent_authentication_failure")
    expect(emulator.events("payment_intent.payment_failed")).toHaveLength(1)
  })

  it("serves a 3-D Secure page that redirects back to return_url", async () => {
    const { stripe, url } = await startEmulator()
    const intent = await stripe.paymentIntents.create({
      amount: 7000,
      currency: "jod",
      payment_method: "pm_card_authenticationRequired",
      confirm: true,
      return_url: "https://usra.example/checkout/complete?cart=c1",
    })
    const page = await fetch(intent.next_action?.redirect_to_url?.url as string)
    expect(page.headers.get("content-type")).toContain("text/html")
    const html = await page.text()
    expect(html).toContain("Complete authentication")
    expect(html).toContain("Fail authentication")
    expect(html).toContain("JOD 7.000")

    const res = await fetch(`${url}/_emulator/payment_intents/${intent.id}/authenticate`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "result=succeed&redirect=1",
    })
    expect(res.status).toBe(303)
    const location = new URL(res.headers.get("location") as string)
    expect(location.origin + location.pathname).toBe("https://usra.example/checkout/complete")
    expect(location.searchParams.get("cart")).toBe("c1")
    expect(location.searchParams.get("payment_intent")).toBe(intent.id)
    expect(location.searchParams.get("redirect_status")).toBe("succeeded")
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe("succeeded")
  })

  it("sends the buyer back with redirect_status=failed when they fail authentication on the page", async () => {
    const { stripe, url } = await startEmulator()
    const intent = await stripe.paymentIntents.create({
      amount: 7000,
      currency: "eur",
      capture_method: "manual",
      payment_method: "pm_card_authenticationRequired",
      confirm: true,
      return_url: "https://usra.example/en/checkout/authenticated",
    })
    const page = await (await fetch(intent.next_action?.redirect_to_url?.url as string)).text()
    // The page's own buttons post the buyer's choice, as Stripe's test-mode page does.
    expect(page).toContain(`action="/_emulator/payment_intents/${intent.id}/authenticate"`)
    expect(page).toContain('name="result" value="fail"')
    const res = await fetch(`${url}/_emulator/payment_intents/${intent.id}/authenticate`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "result=fail&redirect=1",
    })
    expect(res.status).toBe(303)
    const location = new URL(res.headers.get("location") as string)
    expect(location.pathname).toBe("/en/checkout/authenticated")
    expect(location.searchParams.get("payment_intent")).toBe(intent.id)
    expect(location.searchParams.get("redirect_status")).toBe("failed")
    const failed = await stripe.paymentIntents.retrieve(intent.id)
    expect(failed.status).toBe("requires_payment_method")
    expect(failed.last_payment_error?.code).toBe("payment_intent_authentication_failure")
    // Nothing is left to authenticate: the page says so, and pressing again is refused.
    expect(await (await fetch(`${url}/_emulator/3ds/${intent.id}`)).text()).toContain(
      "Nothing to authenticate",
    )
    const again = await fetch(`${url}/_emulator/payment_intents/${intent.id}/authenticate`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "result=succeed",
    })
    expect(again.status).toBe(400)
  })

  it("declines a card that needs authentication off session", async () => {
    const { stripe } = await startEmulator()
    const err = await rejection(
      stripe.paymentIntents.create({
        amount: 7000,
        currency: "jod",
        payment_method: "pm_card_authenticationRequired",
        confirm: true,
        off_session: true,
      }),
    )
    expect(err.type).toBe("StripeCardError")
    expect(err.code).toBe("authentication_required")
  })

  it("creates card payment methods from test numbers that behave like their card", async () => {
    const { stripe, url } = await startEmulator()
    const card = (number: string) =>
      stripe.paymentMethods.create({
        type: "card",
        card: { number, exp_month: 12, exp_year: 2034, cvc: "123" },
      })

    const visa = await card("4242 4242 4242 4242")
    expect(visa).toMatchObject({
      object: "payment_method",
      type: "card",
      card: { brand: "visa", last4: "4242" },
    })
    const ok = await stripe.paymentIntents.create({
      amount: 1000,
      currency: "jod",
      payment_method: visa.id,
      confirm: true,
    })
    expect(ok.status).toBe("succeeded")

    const declining = await card("4000000000000002")
    const err = await rejection(
      stripe.paymentIntents.create({
        amount: 1000,
        currency: "jod",
        payment_method: declining.id,
        confirm: true,
      }),
    )
    expect(err.decline_code).toBe("generic_decline")

    const threeDS = await card("4000002500003155")
    const pending = await stripe.paymentIntents.create({
      amount: 1000,
      currency: "jod",
      payment_method: threeDS.id,
      confirm: true,
    })
    expect(pending.status).toBe("requires_action")
    expect((await authenticate(url, pending.id, "succeed")).status).toBe("succeeded")

    const wrongNumber = await rejection(card("4242424242424241"))
    expect(wrongNumber.type).toBe("StripeCardError")
    expect(wrongNumber.code).toBe("incorrect_number")
    const expired = await rejection(
      stripe.paymentMethods.create({
        type: "card",
        card: { number: "4242424242424242", exp_month: 1, exp_year: 2001 },
      }),
    )
    expect(expired.code).toBe("invalid_expiry_year")
  })

  it("lets a storefront create a payment method with the publishable key only", async () => {
    const { client } = await startEmulator()
    const publishable = client("pk_test_storefront")
    const pm = await publishable.paymentMethods.create({
      type: "card",
      card: { number: "4242424242424242", exp_month: 12, exp_year: 2034, cvc: "123" },
    })
    expect(pm.id).toMatch(/^pm_/)
    const err = await rejection(publishable.paymentIntents.create({ amount: 1000, currency: "jod" }))
    expect(err.type).toBe("StripeAuthenticationError")
  })

  it("opens disputes through the emulator and with the dispute test card", async () => {
    const { stripe, url, emulator } = await startEmulator()
    const intent = await stripe.paymentIntents.create({
      amount: 1000,
      currency: "jod",
      payment_method: "pm_card_visa",
      confirm: true,
    })
    const res = await fetch(`${url}/_emulator/charges/${intent.latest_charge}/dispute`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ reason: "product_not_received" }),
    })
    const dispute = (await res.json()) as Stripe.Dispute
    expect(dispute).toMatchObject({ object: "dispute", amount: 1000, reason: "product_not_received" })
    expect((await stripe.charges.retrieve(intent.latest_charge as string)).disputed).toBe(true)
    expect(emulator.events("charge.dispute.created")[0]?.data.object.id).toBe(dispute.id)

    await stripe.paymentIntents.create({
      amount: 2000,
      currency: "jod",
      payment_method: "pm_card_createDispute",
      confirm: true,
    })
    expect(emulator.events("charge.dispute.created")).toHaveLength(2)
    expect((await stripe.disputes.list()).data).toHaveLength(2)
  })
})
