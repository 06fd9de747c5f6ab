import type { Stripe } from "@stripe/stripe-js"

let stripePromise: Promise<Stripe | null> | null = null

/**
 * Stripe.js for a real publishable key, fetched from js.stripe.com (as Stripe requires) the first time the card
 * form or a 3-D Secure check needs it, and shared by both; never loaded with the emulator.
 */
export function stripeFor(publishableKey: string): Promise<Stripe | null> {
  stripePromise ??= import("@stripe/stripe-js/pure").then(({ loadStripe }) => loadStripe(publishableKey))
  return stripePromise
}

/**
 * Runs the bank's 3-D Secure check for a PaymentIntent the backend confirmed (Stripe.js shows the challenge in
 * a modal, or goes to the bank and comes back to the return URL). True when the bank confirmed the buyer.
 */
export async function confirmWithBank(publishableKey: string, clientSecret: string): Promise<boolean> {
  const stripe = await stripeFor(publishableKey)
  if (!stripe) return false
  const result = await stripe.handleNextAction({ clientSecret })
  return !result.error && result.paymentIntent?.status !== "requires_payment_method"
}
