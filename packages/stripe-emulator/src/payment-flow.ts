// What confirming, authenticating, capturing and canceling a PaymentIntent does: statuses, charges and events.
import type Stripe from "stripe"
import { docUrl, StripeApiError } from "./errors"
import { newId } from "./ids"
import { createCharge } from "./resources/charges"
import { openDispute } from "./resources/disputes"
import { attachIfNeeded, testCardOf } from "./resources/payment-methods"
import { recordRefund } from "./resources/refunds"
import { createTransfer } from "./resources/transfers"
import type { Core, Origin } from "./router"
import type { IntentInternals } from "./store"
import { DECLINES, type Decline } from "./test-cards"

export interface AttemptOptions {
  origin: Origin | null
  baseUrl: string
  offSession?: boolean
  errorOnRequiresAction?: boolean
}

export function internalsOf(core: Core, intent: Stripe.PaymentIntent): IntentInternals {
  let internals = core.store.intentInternals.get(intent.id)
  if (!internals) {
    internals = { authenticated: false, returnUrl: null }
    core.store.intentInternals.set(intent.id, internals)
  }
  return internals
}

function paymentMethodOf(core: Core, intent: Stripe.PaymentIntent): Stripe.PaymentMethod {
  const id = typeof intent.payment_method === "string" ? intent.payment_method : intent.payment_method?.id
  const paymentMethod = id ? core.store.paymentMethods.get(id) : undefined
  if (!paymentMethod) throw new Error(`PaymentIntent ${intent.id} has no stored payment method`)
  return paymentMethod
}

/** The payment failed: a failed charge, the intent back to requires_payment_method, and the 402 to answer with. */
function fail(
  core: Core,
  intent: Stripe.PaymentIntent,
  decline: Decline,
  options: AttemptOptions,
): StripeApiError {
  const paymentMethod = paymentMethodOf(core, intent)
  const internals = internalsOf(core, intent)
  const charge = createCharge(core, {
    intent,
    paymentMethod,
    testCard: testCardOf(core, paymentMethod),
    decline,
    captured: false,
    threeDSecure: internals.authenticated,
  })
  internals.authenticated = false
  intent.latest_charge = charge.id
  intent.status = "requires_payment_method"
  intent.next_action = null
  intent.payment_method = null
  intent.last_payment_error = {
    charge: charge.id,
    code: decline.code,
    decline_code: decline.declineCode,
    doc_url: docUrl(decline.code),
    message: decline.message,
    payment_method: structuredClone(paymentMethod),
    type: "card_error",
  }
  core.events.emit("charge.failed", charge, options.origin)
  core.events.emit("payment_intent.payment_failed", intent, options.origin)
  return new StripeApiError(402, {
    type: "card_error",
    code: decline.code,
    decline_code: decline.declineCode,
    doc_url: docUrl(decline.code),
    message: decline.message,
    charge: charge.id,
    payment_intent: structuredClone(intent),
    payment_method: structuredClone(paymentMethod),
  })
}

function requireAction(core: Core, intent: Stripe.PaymentIntent, options: AttemptOptions): void {
  const url = `${options.baseUrl}/_emulator/3ds/${intent.id}`
  const returnUrl = internalsOf(core, intent).returnUrl
  intent.status = "requires_action"
  intent.next_action = returnUrl
    ? { type: "redirect_to_url", redirect_to_url: { url, return_url: returnUrl } }
    : {
        type: "use_stripe_sdk",
        use_stripe_sdk: { type: "three_d_secure_redirect", stripe_js: url, source: newId("src") },
      }
  core.events.emit("payment_intent.requires_action", intent, options.origin)
}

/** Connect destination charge: move the funds (less the application fee) to `transfer_data[destination]`. */
function payDestination(
  core: Core,
  intent: Stripe.PaymentIntent,
  charge: Stripe.Charge,
  origin: Origin | null,
) {
  const destination = intent.transfer_data?.destination
  if (!destination) return
  const amount = intent.transfer_data?.amount ?? charge.amount_captured - (intent.application_fee_amount ?? 0)
  if (amount <= 0) return
  const transfer = createTransfer(
    core,
    {
      amount,
      currency: charge.currency,
      destination: typeof destination === "string" ? destination : destination.id,
      source_transaction: charge.id,
      transfer_group: intent.transfer_group ?? `group_${intent.id}`,
      metadata: {},
    },
    origin,
  )
  charge.transfer = transfer.id
  charge.transfer_data = {
    amount: intent.transfer_data?.amount ?? null,
    destination: transfer.destination as string,
  }
}

function succeed(core: Core, intent: Stripe.PaymentIntent, dispute: boolean, options: AttemptOptions): void {
  const paymentMethod = paymentMethodOf(core, intent)
  const internals = internalsOf(core, intent)
  const manual = intent.capture_method === "manual"
  const charge = createCharge(core, {
    intent,
    paymentMethod,
    testCard: testCardOf(core, paymentMethod),
    captured: !manual,
    threeDSecure: internals.authenticated,
  })
  intent.latest_charge = charge.id
  intent.next_action = null
  intent.last_payment_error = null
  if (intent.setup_future_usage && typeof intent.customer === "string") {
    attachIfNeeded(
      core,
      paymentMethod,
      intent.customer,
      options.origin ?? { requestId: null, idempotencyKey: null },
    )
  }
  if (manual) {
    intent.status = "requires_capture"
    intent.amount_capturable = intent.amount
    core.events.emit("charge.succeeded", charge, options.origin)
    core.events.emit("payment_intent.amount_capturable_updated", intent, options.origin)
    return
  }
  intent.status = "succeeded"
  intent.amount_received = intent.amount
  payDestination(core, intent, charge, options.origin)
  core.events.emit("charge.succeeded", charge, options.origin)
  core.events.emit("payment_intent.succeeded", intent, options.origin)
  if (dispute) openDispute(core, charge, {}, null)
}

/**
 * Charges the intent's payment method as its test card dictates. Returns the card error to answer with when
 * the payment fails (the intent has been updated either way).
 */
export function attemptPayment(
  core: Core,
  intent: Stripe.PaymentIntent,
  options: AttemptOptions,
): StripeApiError | null {
  const paymentMethod = paymentMethodOf(core, intent)
  const behaviour = testCardOf(core, paymentMethod).behaviour
  intent.last_payment_error = null
  let outcome = behaviour
  if (behaviour.kind === "authenticate") {
    if (!internalsOf(core, intent).authenticated) {
      if (options.offSession || options.errorOnRequiresAction) {
        return fail(core, intent, DECLINES.authenticationRequired, options)
      }
      requireAction(core, intent, options)
      return null
    }
    outcome = behaviour.after
  }
  if (outcome.kind === "decline") return fail(core, intent, outcome.decline, options)
  succeed(core, intent, outcome.kind === "succeed" && outcome.dispute === true, options)
  return null
}

/** The buyer completed (or failed) 3-D Secure on the emulator's page. */
export function completeAuthentication(
  core: Core,
  intent: Stripe.PaymentIntent,
  succeeded: boolean,
  options: AttemptOptions,
): void {
  if (!succeeded) {
    const paymentMethod = paymentMethodOf(core, intent)
    intent.status = "requires_payment_method"
    intent.next_action = null
    intent.payment_method = null
    intent.last_payment_error = {
      code: "payment_intent_authentication_failure",
      doc_url: docUrl("payment_intent_authentication_failure"),
      message:
        "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.",
      payment_method: structuredClone(paymentMethod),
      type: "invalid_request_error",
    }
    core.events.emit("payment_intent.payment_failed", intent, options.origin)
    return
  }
  internalsOf(core, intent).authenticated = true
  if (intent.confirmation_method === "manual") {
    intent.status = "requires_confirmation"
    intent.next_action = null
    return
  }
  attemptPayment(core, intent, options)
}

export function capture(core: Core, intent: Stripe.PaymentIntent, amount: number, origin: Origin): void {
  const charge = core.store.charges.get(intent.latest_charge as string)
  if (!charge) throw new Error(`PaymentIntent ${intent.id} has no charge to capture`)
  charge.captured = true
  charge.amount_captured = amount
  charge.balance_transaction = newId("txn")
  const released = charge.amount - amount
  if (released > 0) recordRefund(core, charge, { amount: released, silent: true }, origin)
  intent.amount_capturable = 0
  intent.amount_received = amount
  intent.status = "succeeded"
  payDestination(core, intent, charge, origin)
  core.events.emit("charge.captured", charge, origin)
  core.events.emit("payment_intent.succeeded", intent, origin)
}

export function cancel(
  core: Core,
  intent: Stripe.PaymentIntent,
  reason: Stripe.PaymentIntent.CancellationReason | null,
  origin: Origin,
): void {
  const wasAuthorized = intent.status === "requires_capture"
  intent.status = "canceled"
  intent.canceled_at = Math.floor(Date.now() / 1000)
  intent.cancellation_reason = reason
  intent.next_action = null
  intent.amount_capturable = 0
  if (wasAuthorized) {
    const charge = core.store.charges.get(intent.latest_charge as string)
    if (charge) recordRefund(core, charge, { amount: charge.amount - charge.amount_refunded }, origin)
  }
  core.events.emit("payment_intent.canceled", intent, origin)
}
