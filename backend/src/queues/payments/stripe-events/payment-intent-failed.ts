import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { sessionStatusOf } from "../../../lib/stripe/intent-status"
import { intentData } from "../../../modules/stripe-payment/session-data"
import { recordPaymentFailureWorkflow } from "../../../workflows/payments/workflows/record-payment-failure"
import { findPaymentSession } from "./lookup"
import type { StripeEventHandler } from "./types"

/**
 * `payment_intent.payment_failed` (a decline after 3-D Secure, or one confirmed in the browser): the session is
 * marked failed with the bank's reason, so the storefront asks for another card. A failure that a later attempt
 * has since overtaken (the intent is authorized now) is stale and changes nothing.
 */
export const recordPaymentFailure: StripeEventHandler = async ({ container, stripe, objectId }) => {
  const intent = await stripe.paymentIntents.retrieve(objectId)
  if (sessionStatusOf(intent) !== PaymentSessionStatus.ERROR) {
    return `the intent is now ${intent.status}: the failure is stale`
  }
  const session = await findPaymentSession(container, intent.metadata?.session_id)
  if (!session) return "its payment session no longer exists"
  if (session.payment) return "the session was paid by another attempt"
  if (session.status === PaymentSessionStatus.ERROR) return "the session is already marked failed"
  await recordPaymentFailureWorkflow(container).run({
    input: {
      session_id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: { ...(session.data ?? {}), ...intentData(intent) },
    },
  })
  return `marked the payment session failed: ${intent.last_payment_error?.message ?? "declined"}`
}
