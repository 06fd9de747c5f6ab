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

/** Any other Stripe failure, naming what was being done; the original message stays for the logs. */
export function stripeFailure(operation: string, error: unknown): MedusaError {
  if (error instanceof Stripe.errors.StripeCardError)
    return declinedError(error.message, error.decline_code ?? error.code)
  const detail = error instanceof Error ? error.message : String(error)
  const invalid = error instanceof Stripe.errors.StripeInvalidRequestError
  return new MedusaError(
    invalid ? MedusaError.Types.INVALID_DATA : MedusaError.Types.UNEXPECTED_STATE,
    `Stripe could not ${operation}: ${detail}`,
  )
}
