import { PaymentActions } from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { webhookActionOf } from "../../../lib/stripe/intent-status"
import { findPaymentSession } from "./lookup"
import type { StripeEventHandler } from "./types"

/**
 * `payment_intent.amount_capturable_updated` and `payment_intent.succeeded`: the card is authorized or charged.
 * Medusa's processPaymentWorkflow records it and, when no order exists yet (the buyer closed the tab after 3-D
 * Secure, or the intent was captured before checkout finished), completes the cart; completion takes the cart's
 * lock and returns the existing order when there is one, so racing the buyer's own call still gives one order.
 */
export const settlePaymentIntent: StripeEventHandler = async ({ container, stripe, objectId }) => {
  const intent = await stripe.paymentIntents.retrieve(objectId)
  const sessionId = intent.metadata?.session_id
  if (!sessionId) return "not a payment Usra created"
  const action = webhookActionOf(intent)
  if (action !== PaymentActions.AUTHORIZED && action !== PaymentActions.SUCCESSFUL) {
    return `the intent is now ${intent.status}: nothing to do`
  }
  const session = await findPaymentSession(container, sessionId)
  if (!session) return "its payment session no longer exists"
  if (session.payment?.captured_at) return "already captured in Medusa"
  // A capture row without captured_at: Medusa's own capture is calling Stripe right now and will finish it.
  if (session.payment?.captures?.length) return "Medusa is capturing it already"
  if (action === PaymentActions.AUTHORIZED && session.payment) return "already authorized in Medusa"
  // Medusa's own amount, not Stripe's: a JOD charge is rounded up to 10 fils and must not exceed the payment.
  await processPaymentWorkflow(container).run({
    input: { action, data: { session_id: sessionId, amount: session.amount } },
  })
  return action === PaymentActions.SUCCESSFUL
    ? "recorded the capture in Medusa"
    : "recorded the authorization; the cart's order is placed"
}
