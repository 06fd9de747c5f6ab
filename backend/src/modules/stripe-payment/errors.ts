import { MedusaError } from "@medusajs/framework/utils"
import Stripe from "stripe"

export function isStripeError(error: unknown): error is Stripe.errors.StripeError {
  return error instanceof Stripe.errors.StripeError
}

/** The PaymentIntent a Stripe error carries (a decline, an unexpected state), if any. */
export function intentOfError(error: unknown): Stripe.PaymentIntent | undefined {
  return isStripeError(error) ? (error.payment_intent ?? undefined) : undefined
}

/**
 * A declined card as the buyer should read it: Stripe's own sentence ("Your card was declined.") and the decline
 * code for a storefront that translates. Medusa's complete-cart route answers this type with the cart intact.
 */
export function declinedError(message: string | null | undefined, code?: string | null): MedusaError {
  return new MedusaError(
    MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
    message || "Your card was declined.",
    code ?? "card_declined",
  )
}

/** The bank wants the buyer to confirm the payment first; the cart comes back intact with the next action. */
export function authenticationRequiredError(): MedusaError {
  return new MedusaError(
    MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
    "Your bank asks you to confirm this payment (3-D Secure): complete the check, then place the order again.",
    "authentication_required",
  )
}

/**
 * Stripe did not answer, or kept answering 5xx, 429 or 409 after the SDK's retries (all under one idempotency
 * key): nothing was done twice, and the buyer may try again. The HTTP layer answers 503 in both languages.
 */
export class PaymentProviderUnavailableError extends MedusaError {
  override name = "PaymentProviderUnavailableError"
  constructor(operation: string, cause?: unknown) {
    // A MedusaError, so completing a cart passes it on instead of replacing it with "Payment authorization failed".
    super(
      MedusaError.Types.UNEXPECTED_STATE,
      `The card payment service is unavailable right now (could not ${operation}); try again in a moment.`,
    )
    this.cause = cause
  }
}

/** Also true for the plain object a workflow makes of the error when a step throws it. */
export function isPaymentProviderUnavailableError(error: unknown): error is PaymentProviderUnavailableError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "PaymentProviderUnavailableError"
  )
}

function isStripeUnavailable(error: unknown): boolean {
  if (error instanceof Stripe.errors.StripeConnectionError) return true
  const status = isStripeError(error) ? (error.statusCode ?? 0) : 0
  return status === 409 || status === 429 || status >= 500
}

/** Any other Stripe failure, naming what was being done; the original message stays for the logs. */
export function stripeFailure(operation: string, error: unknown): MedusaError {
  if (error instanceof Stripe.errors.StripeCardError)
    return declinedError(error.message, error.decline_code ?? error.code)
  if (isStripeUnavailable(error)) return new PaymentProviderUnavailableError(operation, error)
  const detail = error instanceof Error ? error.message : String(error)
  const invalid = error instanceof Stripe.errors.StripeInvalidRequestError
  return new MedusaError(
    invalid ? MedusaError.Types.INVALID_DATA : MedusaError.Types.UNEXPECTED_STATE,
    `Stripe could not ${operation}: ${detail}`,
  )
}
