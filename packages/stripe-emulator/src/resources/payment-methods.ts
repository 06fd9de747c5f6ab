// PaymentMethods (cards only): created from a test number or a `pm_card_*` / `tok_*` shortcut; each remembers
// which test card it is, which decides what charging it does.
import { createHash } from "node:crypto"
import type Stripe from "stripe"
import { invalidRequest, parameterMissing, resourceMissing, StripeApiError } from "../errors"
import { newId, nowSeconds } from "../ids"
import { paginate } from "../list"
import { getCustomer, getStoredPaymentMethod } from "../lookup"
import { applyMetadata, optEnum, optObject, optString, type Params, reqInt, reqString } from "../params"
import { type Core, type Origin, route } from "../router"
import { cardByAlias, cardByNumber, luhnValid, type TestCard } from "../test-cards"

function cardError(code: string, message: string, param: string): StripeApiError {
  return new StripeApiError(402, {
    type: "card_error",
    code,
    message,
    param,
    doc_url: `https://stripe.com/docs/error-codes/${code.replaceAll("_", "-")}`,
  })
}

function fingerprint(number: string): string {
  return createHash("sha256").update(number).digest("base64url").replace(/[-_]/g, "").slice(0, 16)
}

function billingDetails(params: Params | null | undefined): Stripe.PaymentMethod.BillingDetails {
  const address = params ? optObject(params, "address", "billing_details") : undefined
  const text = (source: Params | null | undefined, name: string) =>
    (source ? optString(source, name) : undefined) || null
  return {
    address: {
      city: text(address, "city"),
      country: text(address, "country"),
      line1: text(address, "line1"),
      line2: text(address, "line2"),
      postal_code: text(address, "postal_code"),
      state: text(address, "state"),
    },
    email: text(params, "email"),
    name: text(params, "name"),
    phone: text(params, "phone"),
    tax_id: text(params, "tax_id"),
  }
}

interface CardDetails {
  testCard: TestCard
  expMonth: number
  expYear: number
  cvcChecked: boolean
}

/** `card[number|exp_month|exp_year|cvc]` or `card[token]=tok_visa`, validated like Stripe's card errors. */
function readCard(card: Params): CardDetails {
  const token = optString(card, "token")
  const nextYear = new Date().getUTCFullYear() + 1
  if (token) {
    const testCard = cardByAlias(token)
    if (!testCard) throw resourceMissing("token", token, "card[token]")
    return { testCard, expMonth: 12, expYear: nextYear + 3, cvcChecked: false }
  }
  const number = reqString(card, "number", "card").replace(/[\s-]/g, "")
  if (!luhnValid(number))
    throw cardError("incorrect_number", "Your card number is incorrect.", "card[number]")
  const expMonth = reqInt(card, "exp_month", { prefix: "card" })
  const rawYear = reqInt(card, "exp_year", { prefix: "card" })
  const expYear = rawYear < 100 ? 2000 + rawYear : rawYear
  const now = new Date()
  if (expMonth < 1 || expMonth > 12) {
    throw cardError("invalid_expiry_month", "Your card's expiration month is invalid.", "card[exp_month]")
  }
  if (expYear < now.getUTCFullYear() || expYear > now.getUTCFullYear() + 50) {
    throw cardError("invalid_expiry_year", "Your card's expiration year is invalid.", "card[exp_year]")
  }
  if (expYear === now.getUTCFullYear() && expMonth < now.getUTCMonth() + 1) {
    throw cardError("invalid_expiry_month", "Your card's expiration month is invalid.", "card[exp_month]")
  }
  const cvc = optString(card, "cvc")
  if (cvc !== undefined && !/^\d{3,4}$/.test(cvc)) {
    throw cardError("invalid_cvc", "Your card's security code is invalid.", "card[cvc]")
  }
  return { testCard: cardByNumber(number), expMonth, expYear, cvcChecked: cvc !== undefined }
}

function storeCard(
  core: Core,
  details: CardDetails,
  params: { billing_details?: Params | null; metadata?: Record<string, string> },
): Stripe.PaymentMethod {
  const { testCard } = details
  const paymentMethod: Stripe.PaymentMethod = {
    id: newId("pm"),
    object: "payment_method",
    allow_redisplay: "unspecified",
    billing_details: billingDetails(params.billing_details),
    card: {
      brand: testCard.brand,
      checks: {
        address_line1_check: null,
        address_postal_code_check: null,
        cvc_check: details.cvcChecked ? "pass" : null,
      },
      country: testCard.country,
      display_brand: testCard.brand,
      exp_month: details.expMonth,
      exp_year: details.expYear,
      fingerprint: fingerprint(testCard.number),
      funding: testCard.funding,
      generated_from: null,
      last4: testCard.number.slice(-4),
      networks: { available: [testCard.brand], preferred: null },
      regulated_status: "unregulated",
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: nowSeconds(),
    customer: null,
    customer_account: null,
    livemode: false,
    metadata: params.metadata ?? {},
    type: "card",
  }
  core.store.paymentMethods.set(paymentMethod.id, paymentMethod)
  core.store.paymentMethodCards.set(paymentMethod.id, testCard)
  return paymentMethod
}

/** A new PaymentMethod from `type=card&card[...]` (the body of POST /v1/payment_methods or `payment_method_data`). */
export function createPaymentMethod(core: Core, params: Params, prefix?: string): Stripe.PaymentMethod {
  const type = reqString(params, "type", prefix)
  if (type !== "card") {
    throw invalidRequest(`The emulator only supports card payment methods, not '${type}'.`, {
      code: "payment_method_unsupported_type",
      param: prefix ? `${prefix}[type]` : "type",
    })
  }
  const card = optObject(params, "card", prefix)
  if (!card) throw parameterMissing(prefix ? `${prefix}[card]` : "card")
  return storeCard(core, readCard(card), {
    billing_details: optObject(params, "billing_details", prefix),
    metadata: applyMetadata({}, params),
  })
}

/**
 * The PaymentMethod a `payment_method` parameter names. A test shortcut (`pm_card_visa`, `tok_visa`) becomes
 * a new PaymentMethod each time it is used, as on Stripe.
 */
export function resolvePaymentMethod(core: Core, id: string, param = "payment_method"): Stripe.PaymentMethod {
  const stored = core.store.paymentMethods.get(id)
  if (stored) return stored
  const testCard = cardByAlias(id)
  if (!testCard) throw resourceMissing("PaymentMethod", id, param)
  const year = new Date().getUTCFullYear()
  return storeCard(core, { testCard, expMonth: 12, expYear: year + 4, cvcChecked: true }, {})
}

export function testCardOf(core: Core, paymentMethod: Stripe.PaymentMethod): TestCard {
  return core.store.paymentMethodCards.get(paymentMethod.id) ?? cardByNumber("4242424242424242")
}

function attach(core: Core, paymentMethod: Stripe.PaymentMethod, customerId: string, origin: Origin): void {
  const customer = getCustomer(core.store, customerId, "customer")
  if (paymentMethod.customer === customer.id) return
  if (paymentMethod.customer) {
    throw invalidRequest(
      "The payment method you provided has already been attached to a customer. To reuse it, detach it first.",
      { code: "resource_already_exists", param: "payment_method" },
    )
  }
  paymentMethod.customer = customer.id
  core.events.emit("payment_method.attached", paymentMethod, origin)
}

/** Attaches a payment method to a customer (for `setup_future_usage`, `customer` on confirm). */
export function attachIfNeeded(
  core: Core,
  paymentMethod: Stripe.PaymentMethod,
  customer: string,
  origin: Origin,
) {
  if (!paymentMethod.customer) attach(core, paymentMethod, customer, origin)
}

/** Payment methods detached from a customer: Stripe never lets them pay again. */
const detached = new WeakSet<Stripe.PaymentMethod>()

function detach(core: Core, paymentMethod: Stripe.PaymentMethod, origin: Origin | null): void {
  paymentMethod.customer = null
  detached.add(paymentMethod)
  if (origin) core.events.emit("payment_method.detached", paymentMethod, origin)
}

/**
 * Stripe refuses to charge a customer's saved card for anyone else: with no customer on the intent it asks for
 * the owner, with another customer it answers as if the card did not exist for that customer.
 */
export function checkUsableBy(paymentMethod: Stripe.PaymentMethod, customer: string | null): void {
  if (detached.has(paymentMethod)) {
    throw invalidRequest(
      "The provided PaymentMethod was previously used with a PaymentIntent without Customer attachment, shared with a connected account without Customer attachment, or was detached from a Customer. It may not be used again. To use a PaymentMethod multiple times, you must attach it to a Customer first.",
      { param: "payment_method" },
    )
  }
  const owner = paymentMethod.customer
  if (!owner || owner === customer) return
  if (!customer) {
    throw invalidRequest(
      `The \`payment_method\` parameter supplied ${paymentMethod.id} belongs to the Customer ${owner}. Please include the Customer in the \`customer\` parameter on the PaymentIntent.`,
      { param: "payment_method" },
    )
  }
  throw invalidRequest(
    `The customer does not have a payment method with the ID ${paymentMethod.id}. The payment method must be attached to the customer.`,
    { code: "resource_missing", param: "payment_method" },
  )
}

/** Deleting a customer detaches its payment methods, as on Stripe. */
export function detachAllOf(core: Core, customer: string): void {
  for (const paymentMethod of core.store.paymentMethods.values()) {
    if (paymentMethod.customer === customer) detach(core, paymentMethod, null)
  }
}

const TYPES = ["card"] as const

export const paymentMethodRoutes = [
  route("POST", "/v1/payment_methods", (req, core) => {
    const paymentMethod = createPaymentMethod(core, req.params)
    const customer = optString(req.params, "customer")
    if (customer) attach(core, paymentMethod, customer, req)
    return paymentMethod
  }),
  route("GET", "/v1/payment_methods/:id", (req, core) =>
    resolvePaymentMethod(core, req.pathParams.id ?? "", "id"),
  ),
  route("POST", "/v1/payment_methods/:id", (req, core) => {
    const paymentMethod = getStoredPaymentMethod(core.store, req.pathParams.id ?? "")
    const before = structuredClone(paymentMethod)
    paymentMethod.metadata = applyMetadata(paymentMethod.metadata ?? {}, req.params)
    const billing = optObject(req.params, "billing_details")
    if (billing)
      paymentMethod.billing_details = { ...paymentMethod.billing_details, ...billingDetails(billing) }
    if (JSON.stringify(before) !== JSON.stringify(paymentMethod)) {
      core.events.emit("payment_method.updated", paymentMethod, req)
    }
    return paymentMethod
  }),
  route("POST", "/v1/payment_methods/:id/attach", (req, core) => {
    const paymentMethod = resolvePaymentMethod(core, req.pathParams.id ?? "", "id")
    attach(core, paymentMethod, reqString(req.params, "customer"), req)
    return paymentMethod
  }),
  route("POST", "/v1/payment_methods/:id/detach", (req, core) => {
    const paymentMethod = getStoredPaymentMethod(core.store, req.pathParams.id ?? "")
    if (!paymentMethod.customer) {
      throw invalidRequest(
        "The payment method you provided is not attached to a customer so detachment is impossible.",
        {
          code: "payment_method_unexpected_state",
        },
      )
    }
    detach(core, paymentMethod, req)
    return paymentMethod
  }),
  route("GET", "/v1/payment_methods", (req, core) => {
    const customer = optString(req.params, "customer")
    const type = optEnum(req.params, "type", TYPES)
    const items = [...core.store.paymentMethods.values()].filter(
      (pm) => (!customer || pm.customer === customer) && (!type || pm.type === type),
    )
    return paginate(items, req.params, "/v1/payment_methods")
  }),
  route("GET", "/v1/customers/:id/payment_methods", (req, core) => {
    const customer = getCustomer(core.store, req.pathParams.id ?? "")
    const type = optEnum(req.params, "type", TYPES)
    const items = [...core.store.paymentMethods.values()].filter(
      (pm) => pm.customer === customer.id && (!type || pm.type === type),
    )
    return paginate(items, req.params, `/v1/customers/${customer.id}/payment_methods`)
  }),
]
