import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { toStripeAmount } from "../../lib/stripe/amounts"
import { intentIdOf } from "./session-data"

/**
 * One card payment as the server decided it: the amount (Stripe's minor units) and currency from Medusa's payment
 * session, the card the buyer chose, and the buyer's Stripe Customer when signed in.
 */
export type CardPayment = {
  amount: number
  currency: string
  /** Medusa's own major-unit amount, kept in the intent's metadata: a JOD charge is rounded up to 10 fils. */
  medusa_amount: string
  payment_method: string | null
  save_card: boolean
  return_url: string | null
  customer: string | null
}

/** What a payment session's amount charges: Stripe's minor units and currency, and Medusa's own amount. */
export function chargeOf(
  amount: BigNumberInput,
  currencyCode: string,
): Pick<CardPayment, "amount" | "currency" | "medusa_amount"> {
  return {
    amount: toStripeAmount(amount, currencyCode),
    currency: currencyCode.toLowerCase(),
    medusa_amount: MathBN.convert(amount).toFixed(),
  }
}

/** What a buyer may put in a card session's `data`; Medusa adds `session_id` itself. */
const BUYER_KEYS = new Set(["payment_method", "save_card", "return_url", "session_id"])

/**
 * Medusa keeps every key of the buyer's `data` that the provider's answer does not overwrite, so a key we do not
 * know (`id`, `amount`, `customer`...) is refused with a 400 naming it rather than kept where a later step reads it.
 */
export function refuseUnknownKeys(data: Record<string, unknown> | undefined): void {
  const unknown = Object.keys(data ?? {}).filter((key) => !BUYER_KEYS.has(key))
  if (unknown.length === 0) return
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `${unknown.map((key) => `data.${key}`).join(", ")}: not accepted; a card payment session takes payment_method, save_card and return_url`,
  )
}

/** The return address for a bank's 3-D Secure page: absent, or an absolute http(s) address. */
export function readReturnUrl(data: Record<string, unknown> | undefined): string | null {
  const value = data?.return_url
  if (value === undefined || value === null) return null
  if (typeof value !== "string" || !/^https?:\/\/\S+$/.test(value)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "return_url: must be an http(s) address")
  }
  return value
}

/** The PaymentIntent for a card payment, with manual capture; confirmed at once when the card is known. */
export function intentParams(payment: CardPayment, sessionId?: string): Stripe.PaymentIntentCreateParams {
  const { payment_method: paymentMethod, return_url: returnUrl, customer } = payment
  return {
    amount: payment.amount,
    currency: payment.currency,
    capture_method: "manual",
    // Cards only need no redirect; 3-D Secure comes back as `next_action` for Stripe.js.
    automatic_payment_methods: { enabled: true, allow_redirects: returnUrl ? "always" : "never" },
    metadata: { ...(sessionId ? { session_id: sessionId } : {}), medusa_amount: payment.medusa_amount },
    // A signed-in buyer pays as their Stripe Customer, so their saved cards work and a new one can be saved.
    ...(customer ? { customer } : {}),
    ...(payment.save_card ? { setup_future_usage: "off_session" as const } : {}),
    ...(paymentMethod ? { payment_method: paymentMethod, confirm: true } : {}),
    ...(paymentMethod && returnUrl ? { return_url: returnUrl } : {}),
  }
}

/** The marker of a session whose intent is made when the order is placed. */
const AT_ORDER = "order"

/**
 * A session's data while its card waits for the order: every key the intent will be made from, written by the
 * server (so none of the buyer's survives Medusa's merge), and the intent's own keys empty.
 */
export function pendingPaymentData(payment: CardPayment, sessionId?: string): Record<string, unknown> {
  return {
    ...(sessionId ? { session_id: sessionId } : {}),
    id: null,
    client_secret: null,
    status: null,
    next_action: null,
    last_payment_error: null,
    confirm_at: AT_ORDER,
    ...payment,
  }
}

/** The card payment a session is waiting to make, or undefined once it has an intent (or never waited). */
export function pendingPaymentOf(data: Record<string, unknown> | undefined): CardPayment | undefined {
  if (data?.confirm_at !== AT_ORDER || intentIdOf(data)) return undefined
  const { amount, currency, medusa_amount, payment_method, save_card, return_url, customer } = data
  const text = (value: unknown) => typeof value === "string" && value.length > 0
  const optional = (value: unknown) => value === null || text(value)
  if (
    !Number.isSafeInteger(amount) ||
    !text(currency) ||
    !text(medusa_amount) ||
    !text(payment_method) ||
    typeof save_card !== "boolean" ||
    !optional(return_url) ||
    !optional(customer)
  ) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "This card payment session is incomplete: choose your card again to pay.",
    )
  }
  return data as unknown as CardPayment
}
