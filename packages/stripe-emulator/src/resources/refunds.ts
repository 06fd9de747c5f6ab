// Refunds of captured charges, partial or full, by payment_intent or charge.
import type Stripe from "stripe"
import { invalidRequest } from "../errors"
import { newId, nowSeconds } from "../ids"
import { paginate } from "../list"
import { getCharge, getPaymentIntent, getRefund } from "../lookup"
import { formatAmount } from "../money"
import { applyMetadata, optEnum, optInt, optString } from "../params"
import { type Core, type Origin, route } from "../router"

const REASONS = ["duplicate", "fraudulent", "requested_by_customer"] as const

interface RefundInput {
  amount: number
  reason?: Stripe.Refund.Reason | null
  metadata?: Record<string, string>
  /** Record the refund without events (the release of an uncaptured remainder). */
  silent?: boolean
}

/** Refunds `amount` of `charge` and updates the charge; the caller has checked the amount. */
export function recordRefund(core: Core, charge: Stripe.Charge, input: RefundInput, origin: Origin | null) {
  const refund: Stripe.Refund = {
    id: newId("re"),
    object: "refund",
    amount: input.amount,
    balance_transaction: newId("txn"),
    charge: charge.id,
    created: nowSeconds(),
    currency: charge.currency,
    customer: typeof charge.customer === "string" ? charge.customer : null,
    customer_account: null,
    destination_details: {
      card: { reference_status: "pending", reference_type: "acquirer_reference_number", type: "refund" },
      type: "card",
    },
    metadata: input.metadata ?? {},
    payment_intent: typeof charge.payment_intent === "string" ? charge.payment_intent : null,
    payment_method: typeof charge.payment_method === "string" ? charge.payment_method : null,
    reason: input.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  }
  core.store.refunds.set(refund.id, refund)
  charge.amount_refunded += input.amount
  charge.refunded = charge.amount_refunded >= charge.amount
  if (!input.silent) {
    core.events.emit("charge.refunded", charge, origin)
    core.events.emit("refund.created", refund, origin)
  }
  return refund
}

function chargeToRefund(core: Core, params: Record<string, unknown>): Stripe.Charge {
  const paymentIntentId = optString(params, "payment_intent")
  const chargeId = optString(params, "charge")
  if (!paymentIntentId && !chargeId) {
    throw invalidRequest(
      "One of the following params should be provided for this request: payment_intent or charge.",
      {
        code: "parameter_missing",
      },
    )
  }
  if (paymentIntentId) {
    const intent = getPaymentIntent(core.store, paymentIntentId, "payment_intent")
    const latest =
      typeof intent.latest_charge === "string" ? core.store.charges.get(intent.latest_charge) : undefined
    if (intent.status !== "succeeded" || !latest) {
      throw invalidRequest(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, {
        param: "payment_intent",
      })
    }
    if (chargeId && chargeId !== latest.id) {
      throw invalidRequest(`Charge ${chargeId} does not belong to PaymentIntent ${intent.id}.`, {
        param: "charge",
      })
    }
    return latest
  }
  const charge = getCharge(core.store, chargeId as string, "charge")
  if (charge.status !== "succeeded") {
    throw invalidRequest(`Charge ${charge.id} has not succeeded and cannot be refunded.`, {
      code: "charge_not_refundable",
      param: "charge",
    })
  }
  if (!charge.captured) {
    throw invalidRequest(
      `Charge ${charge.id} has not been captured. Cancel its PaymentIntent to release the authorization.`,
      { code: "charge_not_refundable", param: "charge" },
    )
  }
  return charge
}

export const refundRoutes = [
  route("POST", "/v1/refunds", (req, core) => {
    const charge = chargeToRefund(core, req.params)
    const remaining = charge.amount - charge.amount_refunded
    if (charge.refunded || remaining <= 0) {
      throw invalidRequest(`Charge ${charge.id} has already been refunded.`, {
        code: "charge_already_refunded",
      })
    }
    const amount = optInt(req.params, "amount", { min: 1 }) ?? remaining
    if (amount > remaining) {
      throw invalidRequest(
        `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
        { param: "amount" },
      )
    }
    return recordRefund(
      core,
      charge,
      {
        amount,
        reason: optEnum(req.params, "reason", REASONS) ?? null,
        metadata: applyMetadata({}, req.params),
      },
      req,
    )
  }),
  route("GET", "/v1/refunds/:id", (req, core) => getRefund(core.store, req.pathParams.id ?? "")),
  route("POST", "/v1/refunds/:id", (req, core) => {
    const refund = getRefund(core.store, req.pathParams.id ?? "")
    const before = structuredClone(refund)
    refund.metadata = applyMetadata(refund.metadata ?? {}, req.params)
    if (JSON.stringify(before) !== JSON.stringify(refund)) core.events.emit("refund.updated", refund, req)
    return refund
  }),
  route("POST", "/v1/refunds/:id/cancel", (req, core) => {
    const refund = getRefund(core.store, req.pathParams.id ?? "")
    throw invalidRequest(
      `Refund ${refund.id} cannot be canceled because it has a status of ${refund.status}. Only refunds with a status of requires_action can be canceled.`,
    )
  }),
  route("GET", "/v1/refunds", (req, core) => {
    const charge = optString(req.params, "charge")
    const paymentIntent = optString(req.params, "payment_intent")
    const items = [...core.store.refunds.values()].filter(
      (refund) =>
        (!charge || refund.charge === charge) && (!paymentIntent || refund.payment_intent === paymentIntent),
    )
    return paginate(items, req.params, "/v1/refunds")
  }),
]
