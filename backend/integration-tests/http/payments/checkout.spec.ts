import { afterAll, describe, expect, it } from "vitest"
import {
  captured,
  cardCart,
  completeCart,
  intentOfCart,
  ordersOfCart,
  payByCard,
  paymentOfOrder,
  paymentTimingSummary,
  readStoreCart,
  type Session,
  theOneOrder,
  timed,
} from "../../support/card-checkout"
import { emulator, eventsAbout, processed, stripeClient } from "../../support/stripe"
import { waitFor } from "../../support/wait-for"

afterAll(() => {
  console.log(`[payments] checkout timings:\n  ${paymentTimingSummary()}`)
})

type Order = { id: string; display_id: number }

describe("paying by card at checkout (Stripe emulator)", () => {
  it("records the card, then authorizes it, places the order and captures the PaymentIntent exactly once", async () => {
    const { cartId, collectionId, amount } = await cardCart()
    const { status, body, session } = await payByCard(collectionId, "pm_card_visa")
    expect(status, JSON.stringify(body)).toBe(200)
    // The session only records the card: Stripe is asked nothing until the order is placed.
    expect(session?.status).toBe("pending")
    expect(session?.data).toMatchObject({ id: null, client_secret: null, payment_method: "pm_card_visa" })
    expect(session?.data.amount).toBe(Math.round(amount * 100))
    const stripe = stripeClient()
    const made = await stripe.paymentIntents.list({ limit: 100 })
    expect(made.data.filter((intent) => intent.metadata.session_id === session?.id)).toEqual([])

    const completed = await completeCart(cartId)
    expect(completed.status, JSON.stringify(completed.body)).toBe(200)
    expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
    const order = completed.body.order as Order
    const intentId = await intentOfCart(cartId)
    const payment = await captured(order.id)
    expect(payment.captures).toHaveLength(1)
    expect(payment.data).toMatchObject({ id: intentId })
    expect(await ordersOfCart(cartId)).toEqual([order.id])
    const [created] = await eventsAbout("payment_intent.created", intentId)
    expect(created?.request?.idempotency_key).toBe(`usra-create-intent-${session?.id}`)

    const intent = await stripe.paymentIntents.retrieve(intentId)
    expect(intent).toMatchObject({
      capture_method: "manual",
      currency: "eur",
      amount: Math.round(amount * 100),
    })
    expect(intent.status).toBe("succeeded")
    expect(intent.amount_received).toBe(intent.amount)
    const captures = await eventsAbout("charge.captured", intentId)
    expect(captures).toHaveLength(1)
    expect(captures[0]?.request?.idempotency_key).toBe(`usra-capture-${payment.captures[0]?.id}`)

    // Stripe's payment_intent.succeeded comes back as a webhook: recorded, and it captures nothing more.
    const [succeeded] = await eventsAbout("payment_intent.succeeded", intentId)
    expect((await processed(succeeded?.id as string)).status).toBe("processed")
    expect((await paymentOfOrder(order.id))?.captures).toHaveLength(1)
    expect(await eventsAbout("charge.captured", intentId)).toHaveLength(1)
  })

  it("refuses a session whose data carries what the server decides (an intent, an amount), naming the keys", async () => {
    const { cartId, collectionId, amount } = await cardCart()
    const victim = await stripeClient().paymentIntents.create({
      amount: 100,
      currency: "eur",
      capture_method: "manual",
      payment_method: "pm_card_visa",
      confirm: true,
      automatic_payment_methods: { enabled: true, allow_redirects: "never" },
    })
    const tampered = await payByCard(collectionId, "pm_card_visa", {
      id: victim.id,
      amount: 1,
      customer: "cus_x",
    })
    expect(tampered.status, JSON.stringify(tampered.body)).toBe(400)
    expect(String(tampered.body.message)).toMatch(/^data\.id, data\.amount, data\.customer: not accepted/)
    expect(JSON.stringify(tampered.body)).not.toMatch(/\n\s+at |node_modules/)
    const badReturn = await payByCard(collectionId, "pm_card_visa", { return_url: "javascript:alert(1)" })
    expect(badReturn.status).toBe(400)
    expect(String(badReturn.body.message)).toMatch(/^return_url: /)
    expect((await readStoreCart(cartId)).payment_collection.payment_sessions).toEqual([])

    // The honest session charges the cart's total, and the other intent is left alone.
    expect((await payByCard(collectionId, "pm_card_visa")).status).toBe(200)
    const placed = await completeCart(cartId)
    expect(placed.body.type, JSON.stringify(placed.body)).toBe("order")
    const intentId = await intentOfCart(cartId)
    expect(intentId).not.toBe(victim.id)
    expect((await stripeClient().paymentIntents.retrieve(intentId)).amount).toBe(Math.round(amount * 100))
    expect((await stripeClient().paymentIntents.retrieve(victim.id)).status).toBe("requires_capture")
  })

  it("refuses a declined card with a clear error, keeps the cart intact, and takes another card", async () => {
    const { cartId, collectionId } = await cardCart()
    expect((await payByCard(collectionId, "pm_card_chargeDeclined")).status).toBe(200)
    // Asked twice (the buyer clicks again): the same decline, replayed by Stripe under the session's key.
    for (const attempt of [1, 2]) {
      const declined = await completeCart(cartId)
      expect(declined.status, `attempt ${attempt}: ${JSON.stringify(declined.body)}`).toBe(200)
      expect(declined.body.type).toBe("cart")
      expect(declined.body.error).toMatchObject({
        type: "payment_authorization_error",
        message: "Your card was declined.",
      })
      expect(JSON.stringify(declined.body)).not.toMatch(/\n\s+at |node_modules/)
    }
    expect(await ordersOfCart(cartId)).toEqual([])
    const cart = await readStoreCart(cartId)
    expect(cart.completed_at).toBeNull()
    expect(cart.items).toHaveLength(1)
    expect(cart.payment_collection.payment_sessions.map((session) => session.status)).not.toContain(
      "authorized",
    )

    const retried = await payByCard(collectionId, "pm_card_visa")
    expect(retried.status, JSON.stringify(retried.body)).toBe(200)
    const placed = await completeCart(cartId)
    expect(placed.body.type, JSON.stringify(placed.body)).toBe("order")
    await captured((placed.body.order as Order).id)
  })

  it("asks for 3-D Secure when the order is placed, then places one order once the buyer has authenticated", async () => {
    const { cartId, collectionId } = await cardCart()
    const { status, session } = await payByCard(collectionId, "pm_card_authenticationRequired")
    expect(status).toBe(200)
    expect(session?.status).toBe("pending")

    // The bank's check is in the answer: the cart, its card session waiting with the intent's next action.
    for (const attempt of [1, 2]) {
      const early = await completeCart(cartId)
      expect(early.status, `attempt ${attempt} ${JSON.stringify(early.body)}`).toBe(200)
      expect(early.body.type).toBe("cart")
      expect(early.body.error).toMatchObject({ type: "payment_requires_more_error" })
      expect(String((early.body.error as { message: string }).message)).toMatch(/3-D Secure/)
      const waiting = (
        early.body.cart as { payment_collection: { payment_sessions: Session[] } }
      ).payment_collection.payment_sessions.find((candidate) => candidate.id === session?.id)
      expect(waiting?.status).toBe("requires_more")
      expect(waiting?.data.next_action).toMatchObject({ type: "use_stripe_sdk" })
      expect(String(waiting?.data.client_secret)).toContain("_secret_")
    }
    expect(await ordersOfCart(cartId)).toEqual([])
    const intentId = await intentOfCart(cartId)

    const authenticated = await timed("3-D Secure authenticate (emulator)", () =>
      emulator(`/_emulator/payment_intents/${intentId}/authenticate`, { body: { result: "succeed" } }),
    )
    expect(authenticated.body.status).toBe("requires_capture")
    // The authorization webhook may complete the cart first; either way the buyer gets the one order.
    const completed = await completeCart(cartId)
    expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
    const order = completed.body.order as Order
    expect(await ordersOfCart(cartId)).toEqual([order.id])
    expect((await captured(order.id)).captures).toHaveLength(1)
    expect(await eventsAbout("charge.captured", intentId)).toHaveLength(1)
  })

  it("places one order when Stripe reports the payment captured before checkout finished", async () => {
    const { cartId, collectionId } = await cardCart()
    // The storefront confirms with Stripe.js (here: the SDK), and the intent is captured at once, as a
    // dashboard capture would: payment_intent.succeeded reaches the backend before any order exists.
    const { session } = await payByCard(collectionId, null)
    expect(session?.status).toBe("pending")
    const intentId = session?.data.id as string
    const stripe = stripeClient()
    await stripe.paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })
    await stripe.paymentIntents.capture(intentId)

    // Medusa's processPaymentWorkflow, run by the webhook, records the capture and completes the cart.
    const [orderId] = await timed("succeeded webhook -> order placed", () =>
      waitFor(
        async () => {
          const orders = await ordersOfCart(cartId)
          return orders.length > 0 ? orders : undefined
        },
        { what: "the order placed by the webhook", timeoutMs: 30_000 },
      ),
    )
    const completed = await completeCart(cartId)
    expect(completed.body.type).toBe("order")
    expect((completed.body.order as Order).id).toBe(orderId)
    expect(await ordersOfCart(cartId)).toEqual([orderId])
    const payment = await captured(orderId as string)
    expect(payment.captures).toHaveLength(1)
    for (const event of await eventsAbout("payment_intent.succeeded", intentId)) await processed(event.id)
    expect((await paymentOfOrder(orderId as string))?.captures).toHaveLength(1)
    expect(await eventsAbout("charge.captured", intentId)).toHaveLength(1)
  })

  it("completes a cart once, asked twice in a row or five times at once", async () => {
    const sequential = await cardCart()
    await payByCard(sequential.collectionId, "pm_card_visa")
    const first = await completeCart(sequential.cartId)
    const second = await completeCart(sequential.cartId)
    expect(first.body.type, JSON.stringify(first.body)).toBe("order")
    expect(second.body.type, JSON.stringify(second.body)).toBe("order")
    expect((second.body.order as Order).id).toBe((first.body.order as Order).id)
    expect(await ordersOfCart(sequential.cartId)).toHaveLength(1)

    const parallel = await cardCart()
    await payByCard(parallel.collectionId, "pm_card_visa")
    const orderId = theOneOrder(
      await Promise.all(Array.from({ length: 5 }, () => completeCart(parallel.cartId))),
    )
    expect(await ordersOfCart(parallel.cartId)).toEqual([orderId])
    expect((await captured(orderId)).captures).toHaveLength(1)
    const intentId = await intentOfCart(parallel.cartId)
    expect(await eventsAbout("payment_intent.created", intentId)).toHaveLength(1)
    expect(await eventsAbout("charge.captured", intentId)).toHaveLength(1)
    const firstPayment = await captured((first.body.order as Order).id)
    expect(firstPayment.captures).toHaveLength(1)
  })

  it("captures once when Stripe fails the capture with 500s: the SDK retries under the same key", async () => {
    for (const phase of ["before", "after"] as const) {
      const { cartId, collectionId } = await cardCart()
      await payByCard(collectionId, "pm_card_visa")
      // The intent is made when the order is placed, so the fault takes any POST under an intent: the capture
      // is the only one (creating is POST /v1/payment_intents itself).
      // "before": two attempts refused before they run; "after": the capture runs but its answer is lost.
      const count = phase === "before" ? 2 : 1
      const fault = await emulator("/_emulator/faults", {
        body: { path: "/v1/payment_intents/*", method: "POST", status: 500, count, phase },
      })
      expect(fault.status).toBe(200)

      const completed = await completeCart(cartId)
      expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
      const payment = await captured((completed.body.order as Order).id)
      expect(payment.captures).toHaveLength(1)
      const intentId = await intentOfCart(cartId)
      const faults = (await emulator("/_emulator/faults")).body.data as { id: string; hits: number }[]
      expect(faults.find((candidate) => candidate.id === fault.body.id)?.hits).toBe(count)
      const captures = await eventsAbout("charge.captured", intentId)
      expect(captures).toHaveLength(1)
      expect(captures[0]?.request?.idempotency_key).toBe(`usra-capture-${payment.captures[0]?.id}`)
      expect((await stripeClient().paymentIntents.retrieve(intentId)).status).toBe("succeeded")
    }
  })
})
