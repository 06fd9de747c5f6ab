import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { intentData } from "../../../modules/stripe-payment/session-data"
import { recordPaymentFailureWorkflow } from "../../../workflows/payments/workflows/record-payment-failure"
import { findPaymentSession } from "./lookup"
import type { StripeEventHandler } from "./types"

/**
 * `payment_intent.canceled`: the intent can no longer be paid (canceled by us, in Stripe's dashboard, or an
 * authorization Stripe let lapse). A session still waiting for payment is marked canceled, so checkout asks for a
 * new card instead of trying a dead intent. A session that already became a payment is left to Medusa's own
 * records (our capture runs at once when the order is placed) and the outcome says so.
 */
export const recordPaymentCancellation: StripeEventHandler = async ({ container, stripe, objectId }) => {
  const intent = await stripe.paymentIntents.retrieve(objectId)
  if (intent.status !== "canceled") return `the intent is now ${intent.status}: the cancellation is stale`
  const session = await findPaymentSession(container, intent.metadata?.session_id)
  if (!session) return "its payment session no longer exists"
  if (session.payment) {
    return session.payment.captured_at
      ? "the payment was captured before the intent was canceled: nothing to change"
      : `payment ${session.payment.id} was authorized and its intent is now canceled`
  }
  if (session.status === PaymentSessionStatus.CANCELED) return "the session is already marked canceled"
  await recordPaymentFailureWorkflow(container).run({
    input: {
      session_id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: { ...(session.data ?? {}), ...intentData(intent) },
      status: PaymentSessionStatus.CANCELED,
    },
  })
  return `marked the payment session canceled (${intent.cancellation_reason ?? "no reason given"})`
}
