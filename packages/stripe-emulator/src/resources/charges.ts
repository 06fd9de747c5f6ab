// Charges: created by PaymentIntents (one per payment attempt), read here.
import type Stripe from "stripe"
import { newId, nowSeconds } from "../ids"
import { paginate } from "../list"
import { getCharge } from "../lookup"
import { optString } from "../params"
import { type Core, route } from "../router"
import type { Decline, TestCard } from "../test-cards"

export interface ChargeAttempt {
  intent: Stripe.PaymentIntent
  paymentMethod: Stripe.PaymentMethod
  testCard: TestCard
  /** Absent: the charge succeeded. */
  decline?: Decline
  captured: boolean
  threeDSecure: boolean
}

function outcome(decline: Decline | undefined): Stripe.Charge.Outcome {
  if (!decline) {
    return {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: "approved_by_network",
      reason: null,
      risk_level: "normal",
      risk_score: 32,
      seller_message: "Payment complete.",
      type: "authorized",
    }
  }
  return {
    advice_code: decline.outcomeType === "blocked" ? "do_not_try_again" : "try_again_later",
    network_advice_code: null,
    network_decline_code: null,
    network_status: decline.outcomeType === "blocked" ? "not_sent_to_network" : "declined_by_network",
    reason: decline.declineCode,
    risk_level: decline.outcomeType === "blocked" ? "highest" : "normal",
    risk_score: decline.outcomeType === "blocked" ? 95 : 32,
    seller_message: decline.sellerMessage,
    type: decline.outcomeType,
  }
}

export function createCharge(core: Core, attempt: ChargeAttempt): Stripe.Charge {
  const { intent, paymentMethod, testCard, decline, captured } = attempt
  const card = paymentMethod.card
  const succeeded = !decline
  const id = newId("ch")
  const charge: Stripe.Charge = {
    id,
    object: "charge",
    amount: intent.amount,
    amount_captured: succeeded && captured ? intent.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: intent.application_fee_amount,
    balance_transaction: succeeded && captured ? newId("txn") : null,
    billing_details: paymentMethod.billing_details,
    calculated_statement_descriptor: intent.statement_descriptor ?? "USRA",
    captured: succeeded && captured,
    created: nowSeconds(),
    currency: intent.currency,
    customer: typeof intent.customer === "string" ? intent.customer : null,
    description: intent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: decline?.code ?? null,
    failure_message: decline?.message ?? null,
    fraud_details: {},
    livemode: false,
    metadata: { ...intent.metadata },
    on_behalf_of: null,
    outcome: outcome(decline),
    paid: succeeded,
    payment_intent: intent.id,
    payment_method: paymentMethod.id,
    payment_method_details: {
      card: {
        amount_authorized: succeeded ? intent.amount : null,
        authorization_code: succeeded ? String(100000 + Math.floor(Math.random() * 900000)) : null,
        brand: card?.brand ?? testCard.brand,
        checks: card?.checks ?? null,
        country: testCard.country,
        electronic_commerce_indicator: attempt.threeDSecure ? "05" : null,
        exp_month: card?.exp_month ?? 12,
        exp_year: card?.exp_year ?? 2030,
        extended_authorization: { status: "disabled" },
        fingerprint: card?.fingerprint ?? null,
        funding: testCard.funding,
        incremental_authorization: { status: "unavailable" },
        installments: null,
        last4: testCard.number.slice(-4),
        mandate: null,
        multicapture: { status: "unavailable" },
        network: testCard.brand,
        network_token: { used: false },
        network_transaction_id: succeeded ? String(Date.now()).padStart(15, "1") : null,
        overcapture: { maximum_amount_capturable: intent.amount, status: "unavailable" },
        regulated_status: "unregulated",
        three_d_secure: attempt.threeDSecure
          ? {
              authentication_flow: "challenge",
              electronic_commerce_indicator: "05",
              exemption_indicator: null,
              result: "authenticated",
              result_reason: null,
              transaction_id: newId("3ds"),
              version: "2.2.0",
            }
          : null,
        transaction_link_id: null,
        wallet: null,
      },
      type: "card",
    },
    radar_options: {},
    receipt_email: intent.receipt_email,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    review: null,
    shipping: intent.shipping,
    source: null,
    source_transfer: null,
    statement_descriptor: intent.statement_descriptor,
    statement_descriptor_suffix: intent.statement_descriptor_suffix,
    status: succeeded ? "succeeded" : "failed",
    transfer_data: null,
    transfer_group: intent.transfer_group,
  }
  core.store.charges.set(id, charge)
  return charge
}

export const chargeRoutes = [
  route("GET", "/v1/charges/:id", (req, core) => getCharge(core.store, req.pathParams.id ?? "")),
  route("GET", "/v1/charges", (req, core) => {
    const paymentIntent = optString(req.params, "payment_intent")
    const customer = optString(req.params, "customer")
    const transferGroup = optString(req.params, "transfer_group")
    const items = [...core.store.charges.values()].filter(
      (charge) =>
        (!paymentIntent || charge.payment_intent === paymentIntent) &&
        (!customer || charge.customer === customer) &&
        (!transferGroup || charge.transfer_group === transferGroup),
    )
    return paginate(items, req.params, "/v1/charges")
  }),
]
