// Disputes: opened by the emulator (POST /_emulator/charges/:id/dispute, or the 0259 test card), read here.
import type Stripe from "stripe"
import { invalidRequest, resourceMissing } from "../errors"
import { newId, nowSeconds } from "../ids"
import { paginate } from "../list"
import { optString } from "../params"
import { type Core, type Origin, route } from "../router"

const DISPUTE_REASONS = [
  "bank_cannot_process",
  "check_returned",
  "credit_not_processed",
  "customer_initiated",
  "debit_not_authorized",
  "duplicate",
  "fraudulent",
  "general",
  "incorrect_account_details",
  "insufficient_funds",
  "product_not_received",
  "product_unacceptable",
  "subscription_canceled",
  "unrecognized",
]

function emptyEvidence(): Stripe.Dispute.Evidence {
  return {
    access_activity_log: null,
    billing_address: null,
    cancellation_policy: null,
    cancellation_policy_disclosure: null,
    cancellation_rebuttal: null,
    customer_communication: null,
    customer_email_address: null,
    customer_name: null,
    customer_purchase_ip: null,
    customer_signature: null,
    duplicate_charge_documentation: null,
    duplicate_charge_explanation: null,
    duplicate_charge_id: null,
    enhanced_evidence: {},
    product_description: null,
    receipt: null,
    refund_policy: null,
    refund_policy_disclosure: null,
    refund_refusal_explanation: null,
    service_date: null,
    service_documentation: null,
    shipping_address: null,
    shipping_carrier: null,
    shipping_date: null,
    shipping_documentation: null,
    shipping_tracking_number: null,
    uncategorized_file: null,
    uncategorized_text: null,
  }
}

export function openDispute(
  core: Core,
  charge: Stripe.Charge,
  input: { amount?: number; reason?: string },
  origin: Origin | null,
): Stripe.Dispute {
  if (!charge.captured || charge.status !== "succeeded") {
    throw invalidRequest(`Charge ${charge.id} has not been captured, so it cannot be disputed.`, {
      param: "charge",
    })
  }
  if (charge.disputed)
    throw invalidRequest(`Charge ${charge.id} has already been disputed.`, { param: "charge" })
  const reason = input.reason ?? "fraudulent"
  if (!DISPUTE_REASONS.includes(reason))
    throw invalidRequest(`Invalid reason: ${reason}`, { param: "reason" })
  const amount = input.amount ?? charge.amount - charge.amount_refunded
  const dispute: Stripe.Dispute = {
    id: newId("dp"),
    object: "dispute",
    amount,
    balance_transactions: [],
    charge: charge.id,
    created: nowSeconds(),
    currency: charge.currency,
    enhanced_eligibility_types: [],
    evidence: emptyEvidence(),
    evidence_details: {
      due_by: nowSeconds() + 7 * 24 * 3600,
      enhanced_eligibility: {},
      has_evidence: false,
      past_due: false,
      submission_count: 0,
      submission_method: "not_submitted",
    },
    intended_submission_method: null,
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    network_reason_code: "10.4",
    payment_intent: typeof charge.payment_intent === "string" ? charge.payment_intent : null,
    payment_method_details: {
      card: {
        brand: charge.payment_method_details?.card?.brand ?? "visa",
        case_type: "chargeback",
        network: charge.payment_method_details?.card?.network ?? "visa",
        network_reason_code: "10.4",
      },
      type: "card",
    },
    reason,
    status: "needs_response",
  }
  core.store.disputes.set(dispute.id, dispute)
  charge.disputed = true
  core.events.emit("charge.dispute.created", dispute, origin)
  return dispute
}

export const disputeRoutes = [
  route("GET", "/v1/disputes/:id", (req, core) => {
    const id = req.pathParams.id ?? ""
    const dispute = core.store.disputes.get(id)
    if (!dispute) throw resourceMissing("dispute", id)
    return dispute
  }),
  route("GET", "/v1/disputes", (req, core) => {
    const charge = optString(req.params, "charge")
    const paymentIntent = optString(req.params, "payment_intent")
    const items = [...core.store.disputes.values()].filter(
      (d) => (!charge || d.charge === charge) && (!paymentIntent || d.payment_intent === paymentIntent),
    )
    return paginate(items, req.params, "/v1/disputes")
  }),
]
