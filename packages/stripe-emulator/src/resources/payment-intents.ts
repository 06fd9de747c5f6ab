// PaymentIntents: create (optionally confirming), retrieve, update, confirm, capture, cancel, list.
// What confirming does (test cards, 3-D Secure, charges, events) lives in payment-flow.ts.
import type Stripe from "stripe"
import { invalidRequest, unexpectedState } from "../errors"
import { newClientSecret, newId, nowSeconds } from "../ids"
import { paginate } from "../list"
import { getAccount, getCustomer, getPaymentIntent } from "../lookup"
import { checkChargeAmount, readCurrency } from "../money"
import {
  applyMetadata,
  optBool,
  optEnum,
  optInt,
  optNullableString,
  optObject,
  optString,
  optStringArray,
  type Params,
  reqInt,
  reqString,
} from "../params"
import { attemptPayment, cancel, capture, internalsOf } from "../payment-flow"
import { type ApiRequest, type Core, route } from "../router"
import { readShipping } from "./customers"
import { checkUsableBy, createPaymentMethod, resolvePaymentMethod } from "./payment-methods"

const CAPTURE_METHODS = ["automatic", "automatic_async", "manual"] as const
const CONFIRMATION_METHODS = ["automatic", "manual"] as const
const FUTURE_USAGES = ["off_session", "on_session"] as const
const CANCELLATION_REASONS = ["abandoned", "duplicate", "fraudulent", "requested_by_customer"] as const
const UPDATABLE: Stripe.PaymentIntent.Status[] = [
  "requires_payment_method",
  "requires_confirmation",
  "requires_action",
]
const CANCELABLE: Stripe.PaymentIntent.Status[] = [...UPDATABLE, "requires_capture", "processing"]
/** Fields Stripe lets you change whatever the status. */
const ALWAYS_UPDATABLE = new Set(["metadata", "description", "receipt_email", "expand"])

/** `payment_method` or `payment_method_data` of a create/update/confirm request, as a stored PaymentMethod. */
function paymentMethodParam(core: Core, params: Params): Stripe.PaymentMethod | undefined {
  const id = optString(params, "payment_method")
  const data = optObject(params, "payment_method_data")
  if (id && data) {
    throw invalidRequest(
      "You may only specify one of these parameters: payment_method, payment_method_data.",
      {
        param: "payment_method_data",
      },
    )
  }
  if (id) return resolvePaymentMethod(core, id)
  if (data) return createPaymentMethod(core, data, "payment_method_data")
  return undefined
}

function setPaymentMethod(
  core: Core,
  intent: Stripe.PaymentIntent,
  paymentMethod: Stripe.PaymentMethod,
): void {
  checkUsableBy(paymentMethod, typeof intent.customer === "string" ? intent.customer : null)
  if (intent.payment_method !== paymentMethod.id) internalsOf(core, intent).authenticated = false
  intent.payment_method = paymentMethod.id
}

function offSession(params: Params): boolean {
  const value = params.off_session
  if (value === "one_off" || value === "recurring") return true
  return optBool(params, "off_session") ?? false
}

function confirmNow(core: Core, intent: Stripe.PaymentIntent, req: ApiRequest): void {
  if (!intent.payment_method) {
    throw unexpectedState(
      "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method or ConfirmationToken.",
      structuredClone(intent),
    )
  }
  const error = attemptPayment(core, intent, {
    origin: req,
    baseUrl: req.baseUrl,
    offSession: offSession(req.params),
    errorOnRequiresAction: optBool(req.params, "error_on_requires_action") ?? false,
  })
  if (error) throw error
}

/** Parameters that create and confirm both accept. */
function applyConfirmParams(core: Core, intent: Stripe.PaymentIntent, params: Params): void {
  const paymentMethod = paymentMethodParam(core, params)
  if (paymentMethod) setPaymentMethod(core, intent, paymentMethod)
  const returnUrl = optString(params, "return_url")
  if (returnUrl) internalsOf(core, intent).returnUrl = returnUrl
  const captureMethod = optEnum(params, "capture_method", CAPTURE_METHODS)
  if (captureMethod) intent.capture_method = captureMethod
  const futureUsage = optNullableString(params, "setup_future_usage")
  if (futureUsage !== undefined) {
    intent.setup_future_usage = futureUsage && (optEnum(params, "setup_future_usage", FUTURE_USAGES) ?? null)
  }
  const receiptEmail = optNullableString(params, "receipt_email")
  if (receiptEmail !== undefined) intent.receipt_email = receiptEmail
  const shipping = readShipping(params)
  if (shipping !== undefined) intent.shipping = shipping
}

function readPaymentMethodTypes(
  params: Params,
): Pick<Stripe.PaymentIntent, "automatic_payment_methods" | "payment_method_types"> {
  const types = optStringArray(params, "payment_method_types")
  const automatic = optObject(params, "automatic_payment_methods")
  if (types && automatic) {
    throw invalidRequest(
      "You may only specify one of these parameters: automatic_payment_methods, payment_method_types.",
      { param: "automatic_payment_methods" },
    )
  }
  if (types) return { automatic_payment_methods: null, payment_method_types: types.length ? types : ["card"] }
  const enabled = automatic ? (optBool(automatic, "enabled", "automatic_payment_methods") ?? true) : true
  const redirects = automatic
    ? optEnum(automatic, "allow_redirects", ["always", "never"] as const, "automatic_payment_methods")
    : undefined
  return {
    automatic_payment_methods: enabled ? { allow_redirects: redirects ?? "always", enabled: true } : null,
    payment_method_types: ["card"],
  }
}

function readTransferData(core: Core, params: Params): Stripe.PaymentIntent.TransferData | null {
  const data = optObject(params, "transfer_data")
  if (!data) return null
  const destination = getAccount(
    core.store,
    reqString(data, "destination", "transfer_data"),
    "transfer_data[destination]",
  )
  const amount = optInt(data, "amount", { min: 1, prefix: "transfer_data" })
  return amount === undefined ? { destination: destination.id } : { amount, destination: destination.id }
}

function create(req: ApiRequest, core: Core): Stripe.PaymentIntent {
  const params = req.params
  const amount = reqInt(params, "amount")
  const currency = readCurrency(reqString(params, "currency"))
  checkChargeAmount(amount, currency)
  const customerId = optString(params, "customer")
  const customer = customerId ? getCustomer(core.store, customerId, "customer") : null
  const id = newId("pi")
  const intent: Stripe.PaymentIntent = {
    id,
    object: "payment_intent",
    allowed_payment_method_types: null,
    amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: optInt(params, "application_fee_amount", { min: 0 }) ?? null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic_async",
    client_secret: newClientSecret(id),
    confirmation_method: optEnum(params, "confirmation_method", CONFIRMATION_METHODS) ?? "automatic",
    created: nowSeconds(),
    currency,
    customer: customer?.id ?? null,
    customer_account: null,
    description: optString(params, "description") ?? null,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: applyMetadata({}, params),
    next_action: null,
    on_behalf_of: optString(params, "on_behalf_of") ?? null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: {
      card: { installments: null, mandate_options: null, network: null, request_three_d_secure: "automatic" },
    },
    payment_record: null,
    processing: null,
    receipt_email: null,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: optString(params, "statement_descriptor") ?? null,
    statement_descriptor_suffix: optString(params, "statement_descriptor_suffix") ?? null,
    status: "requires_payment_method",
    transfer_data: readTransferData(core, params),
    transfer_group: optString(params, "transfer_group") ?? null,
    ...readPaymentMethodTypes(params),
  }
  if (intent.automatic_payment_methods) {
    intent.payment_method_configuration_details = { id: "pmc_emulatordefault", parent: null }
  }
  applyConfirmParams(core, intent, params)
  if (intent.payment_method) intent.status = "requires_confirmation"
  core.store.paymentIntents.set(id, intent)
  core.events.emit("payment_intent.created", intent, req)
  if (optBool(params, "confirm")) confirmNow(core, intent, req)
  return intent
}

function update(req: ApiRequest, core: Core): Stripe.PaymentIntent {
  const intent = getPaymentIntent(core.store, req.pathParams.id ?? "")
  const params = req.params
  const restricted = Object.keys(params).find((key) => !ALWAYS_UPDATABLE.has(key))
  if (restricted && !UPDATABLE.includes(intent.status)) {
    throw unexpectedState(
      `This PaymentIntent's ${restricted} could not be updated because it has a status of ${intent.status}. You may only update the ${restricted} of a PaymentIntent with one of the following statuses: ${UPDATABLE.join(", ")}.`,
      structuredClone(intent),
    )
  }
  const before = { amount: intent.amount, currency: intent.currency, payment_method: intent.payment_method }
  const currency = optString(params, "currency")
  if (currency) intent.currency = readCurrency(currency)
  const amount = optInt(params, "amount")
  if (amount !== undefined) intent.amount = amount
  if (amount !== undefined || currency) checkChargeAmount(intent.amount, intent.currency)
  const customerId = optString(params, "customer")
  if (customerId) intent.customer = getCustomer(core.store, customerId, "customer").id
  const description = optNullableString(params, "description")
  if (description !== undefined) intent.description = description
  for (const key of ["statement_descriptor", "statement_descriptor_suffix", "transfer_group"] as const) {
    const value = optNullableString(params, key)
    if (value !== undefined) intent[key] = value
  }
  if (params.payment_method_types !== undefined || params.automatic_payment_methods !== undefined) {
    Object.assign(intent, readPaymentMethodTypes(params))
  }
  const fee = optNullableString(params, "application_fee_amount")
  if (fee !== undefined)
    intent.application_fee_amount = fee === null ? null : (optInt(params, "application_fee_amount") ?? null)
  intent.metadata = applyMetadata(intent.metadata, params)
  applyConfirmParams(core, intent, { ...params, return_url: undefined })
  intent.last_payment_error = null
  const changed =
    before.amount !== intent.amount ||
    before.currency !== intent.currency ||
    before.payment_method !== intent.payment_method
  if (changed && intent.payment_method && intent.status !== "requires_payment_method") {
    intent.status = "requires_confirmation"
    intent.next_action = null
  } else if (intent.payment_method && intent.status === "requires_payment_method") {
    intent.status = "requires_confirmation"
  }
  return intent
}

function confirm(req: ApiRequest, core: Core): Stripe.PaymentIntent {
  const intent = getPaymentIntent(core.store, req.pathParams.id ?? "")
  if (!UPDATABLE.includes(intent.status)) {
    const detail =
      intent.status === "succeeded"
        ? "because it has already succeeded after being previously confirmed"
        : `because it has a status of ${intent.status}`
    throw unexpectedState(`You cannot confirm this PaymentIntent ${detail}.`, structuredClone(intent))
  }
  applyConfirmParams(core, intent, req.params)
  confirmNow(core, intent, req)
  return intent
}

function captureRoute(req: ApiRequest, core: Core): Stripe.PaymentIntent {
  const intent = getPaymentIntent(core.store, req.pathParams.id ?? "")
  if (intent.status !== "requires_capture") {
    throw unexpectedState(
      `This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
      structuredClone(intent),
    )
  }
  const amount = optInt(req.params, "amount_to_capture", { min: 1 }) ?? intent.amount_capturable
  if (amount > intent.amount_capturable) {
    throw invalidRequest(
      `The amount_to_capture (${amount}) must be less than or equal to the PaymentIntent's amount_capturable (${intent.amount_capturable}).`,
      { code: "amount_too_large", param: "amount_to_capture" },
    )
  }
  intent.metadata = applyMetadata(intent.metadata, req.params)
  const fee = optInt(req.params, "application_fee_amount", { min: 0 })
  if (fee !== undefined) intent.application_fee_amount = fee
  capture(core, intent, amount, req)
  return intent
}

function cancelRoute(req: ApiRequest, core: Core): Stripe.PaymentIntent {
  const intent = getPaymentIntent(core.store, req.pathParams.id ?? "")
  if (!CANCELABLE.includes(intent.status)) {
    throw unexpectedState(
      `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(", ")}.`,
      structuredClone(intent),
    )
  }
  cancel(core, intent, optEnum(req.params, "cancellation_reason", CANCELLATION_REASONS) ?? null, req)
  return intent
}

export const paymentIntentRoutes = [
  route("POST", "/v1/payment_intents", create),
  route("GET", "/v1/payment_intents/:id", (req, core) =>
    getPaymentIntent(core.store, req.pathParams.id ?? ""),
  ),
  route("POST", "/v1/payment_intents/:id", update),
  route("POST", "/v1/payment_intents/:id/confirm", confirm),
  route("POST", "/v1/payment_intents/:id/capture", captureRoute),
  route("POST", "/v1/payment_intents/:id/cancel", cancelRoute),
  route("GET", "/v1/payment_intents", (req, core) => {
    const customer = optString(req.params, "customer")
    const items = [...core.store.paymentIntents.values()].filter(
      (pi) => !customer || pi.customer === customer,
    )
    return paginate(items, req.params, "/v1/payment_intents")
  }),
]
