import { recordStripeDisputeWorkflow } from "../../../workflows/payments/workflows/record-stripe-dispute"
import { findOrderOfCollection, findPaymentSession } from "./lookup"
import type { StripeEventHandler } from "./types"

/** `charge.dispute.created`: the dispute is recorded against its payment and order, and the ministry is told. */
export const recordDispute: StripeEventHandler = async ({ container, stripe, objectId, eventId }) => {
  const dispute = await stripe.disputes.retrieve(objectId)
  const chargeId = typeof dispute.charge === "string" ? dispute.charge : dispute.charge.id
  const intentId =
    typeof dispute.payment_intent === "string" ? dispute.payment_intent : (dispute.payment_intent?.id ?? null)
  const intent = intentId ? await stripe.paymentIntents.retrieve(intentId) : null
  const session = await findPaymentSession(container, intent?.metadata?.session_id)
  const order = session ? await findOrderOfCollection(container, session.payment_collection_id) : undefined
  await recordStripeDisputeWorkflow(container).run({
    input: {
      dispute: {
        id: dispute.id,
        charge_id: chargeId,
        payment_intent_id: intentId,
        payment_id: session?.payment?.id ?? null,
        order_id: order?.id ?? null,
        amount: dispute.amount,
        currency_code: dispute.currency,
        reason: dispute.reason,
        status: dispute.status,
        evidence_due_by: dispute.evidence_details?.due_by
          ? new Date(dispute.evidence_details.due_by * 1000)
          : null,
        event_id: eventId,
      },
      order_display_id: order?.display_id ?? null,
    },
  })
  return `recorded dispute ${dispute.id}${order ? ` on order ${order.id}` : ""} and told the ministry`
}
