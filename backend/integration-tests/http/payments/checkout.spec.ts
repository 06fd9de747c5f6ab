import { afterAll, describe, expect, it } from "vitest"
import {
  captured,
  cardCart,
  completeCart,
  ordersOfCart,
  payByCard,
  paymentOfOrder,
  paymentTimingSummary,
  readStoreCart,
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
  it("authorizes the card, places the order and captures the PaymentIntent exactly once", async () => {
    const { cartId, collectionId, amount } = await cardCart()
    const { status, body, session } = await payByCard(collectionId, "pm_card_visa")
    expect(status, JSON.stringify(body)).toBe(200)
    expect(session?.status).toBe("authorized")
    expect(String(session?.data.client_secret)).toContain("_secret_")
    const intentId = session?.data.id as string

    const stripe = stripeClient()
    expect(await stripe.paymentIntents.retrieve(intentId)).toMatchObject({
      status: "requires_capture",
      capture_method: "manual",
      currency: "eur",
      amount: Math.round(amount * 100),
    })

    const completed = await completeCart(cartId)
    expect(completed.status, JSON.stringify(completed.body)).toBe(200)
    expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
    const order = completed.body.order as Order
    const payment = await captured(order.id)
    expect(payment.captures).toHaveLength(1)
    expect(await ordersOfCart(cartId)).toEqual([order.id])

    const intent = await stripe.paymentIntents.retrieve(intentId)
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

  it("refuses a declined card with a clear error, keeps the cart intact, and takes another card", async () => {
    const { cartId, collectionId } = await cardCart()
    const declined = await payByCard(collectionId, "pm_card_chargeDeclined")
    expect(declined.status, JSON.stringify(declined.body)).toBe(422)
    expect(declined.body).toMatchObject({
      type: "payment_authorization_error",
      message: "Your card was declined.",
      code: "generic_decline",
    })

    const refused = await completeCart(cartId)
    expect(refused.status).toBe(400)
    expect(String(refused.body.message)).toMatch(/payment session/i)
    expect(await ordersOfCart(cartId)).toEqual([])
    const cart = await readStoreCart(cartId)
    expect(cart.completed_at).toBeNull()
    expect(cart.items).toHaveLength(1)
    expect(cart.payment_collection.payment_sessions).toHaveLength(0)

    const retried = await payByCard(collectionId, "pm_card_visa")
    expect(retried.status, JSON.stringify(retried.body)).toBe(200)
    const placed = await completeCart(cartId)
    expect(placed.body.type, JSON.stringify(placed.body)).toBe("order")
    await captured((placed.body.order as Order).id)
  })

  it("asks for 3-D Secure, then places one order once the buyer has authenticated", async () => {
    const { cartId, collectionId } = await cardCart()
    const { status, session } = await payByCard(collectionId, "pm_card_authenticationRequired")
    expect(status).toBe(200)
    expect(session?.status).toBe("requires_more")
    expect(session?.data.next_action).toMatchObject({ type: "use_stripe_sdk" })
    const intentId = session?.data.id as string

    const early = await completeCart(cartId)
    expect(early.status).toBe(200)
    expect(early.body.type).toBe("cart")
    expect(early.body.error).toMatchObject({ type: "payment_requires_more_error" })
    expect(String((early.body.error as { message: string }).message)).toMatch(/3-D Secure/)
    expect(await ordersOfCart(cartId)).toEqual([])

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
    const { session } = await payByCard(parallel.collectionId, "pm_card_visa")
    const intentId = session?.data.id as string
    const orderId = theOneOrder(
      await Promise.all(Array.from({ length: 5 }, () => completeCart(parallel.cartId))),
    )
    expect(await ordersOfCart(parallel.cartId)).toEqual([orderId])
    expect((await captured(orderId)).captures).toHaveLength(1)
    expect(await eventsAbout("charge.captured", intentId)).toHaveLength(1)
    const firstPayment = await captured((first.body.order as Order).id)
    expect(firstPayment.captures).toHaveLength(1)
  })

  it("captures once when Stripe fails the capture with 500s: the SDK retries under the same key", async () => {
    for (const phase of ["before", "after"] as const) {
      const { cartId, collectionId } = await cardCart()
      const { session } = await payByCard(collectionId, "pm_card_visa")
      const intentId = session?.data.id as string
      const path = `/v1/payment_intents/${intentId}/capture`
      // "before": two attempts refused before they run; "after": the capture runs but its answer is lost.
      const count = phase === "before" ? 2 : 1
      const fault = await emulator("/_emulator/faults", {
        body: { path, method: "POST", status: 500, count, phase },
      })
      expect(fault.status).toBe(200)

      const completed = await completeCart(cartId)
      expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
      const payment = await captured((completed.body.order as Order).id)
      expect(payment.captures).toHaveLength(1)
      const faults = (await emulator("/_emulator/faults")).body.data as { path: string; hits: number }[]
      expect(faults.find((candidate) => candidate.path === path)?.hits).toBe(count)
      const captures = await eventsAbout("charge.captured", intentId)
      expect(captures).toHaveLength(1)
      expect(captures[0]?.request?.idempotency_key).toBe(`usra-capture-${payment.captures[0]?.id}`)
      expect((await stripeClient().paymentIntents.retrieve(intentId)).status).toBe("succeeded")
    }
  })
})
