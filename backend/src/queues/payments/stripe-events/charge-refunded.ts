import { fromStripeAmount } from "../../../lib/stripe/amounts"
import { recordStripeRefundsWorkflow } from "../../../workflows/payments/workflows/record-stripe-refunds"
import { findPaymentSession } from "./lookup"
import type { StripeEventHandler } from "./types"

/**
 * `charge.refunded`: refunds made through Medusa carry `metadata.medusa_refund_id` and are already recorded.
 * Any other refund (made in Stripe's dashboard) is recorded on the Medusa payment and its order, once per
 * Stripe refund id.
 */
export const recordChargeRefunds: StripeEventHandler = async ({ container, stripe, objectId }) => {
  const charge = await stripe.charges.retrieve(objectId)
  if (!charge.captured) return "an uncaptured authorization was released: nothing to record"
  const intentId =
    typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id
  if (!intentId) return "not a PaymentIntent charge"
  const intent = await stripe.paymentIntents.retrieve(intentId)
  const session = await findPaymentSession(container, intent.metadata?.session_id)
  if (!session?.payment) return "no Medusa payment for this charge"
  const refunds = await stripe.refunds
    .list({ charge: charge.id, limit: 100 })
    .autoPagingToArray({ limit: 1000 })
  const outside = refunds.filter(
    (refund) => refund.status === "succeeded" && !refund.metadata?.medusa_refund_id,
  )
  if (outside.length === 0) return "every refund was made through Medusa"
  const { result } = await recordStripeRefundsWorkflow(container).run({
    input: {
      payment_id: session.payment.id,
      refunds: outside.map((refund) => ({
        stripe_refund_id: refund.id,
        amount: fromStripeAmount(refund.amount, refund.currency),
      })),
    },
  })
  return result.length > 0
    ? `recorded ${result.length} refund(s) made in Stripe`
    : "the refunds made in Stripe were already recorded"
}
