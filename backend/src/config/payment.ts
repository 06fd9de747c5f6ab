import { stripeSettingsFromEnv } from "../lib/stripe/settings"
import type { Env } from "./env"

/**
 * Medusa's payment module with Usra's Stripe provider (`pp_stripe_stripe`) when STRIPE_API_KEY is set, and the
 * module that receives Stripe's webhooks. Without a key, card payments are off and only Medusa's system provider
 * exists.
 */
export function paymentModules(env: Env) {
  const stripe = stripeSettingsFromEnv(env)
  return [
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: stripe ? [{ resolve: "./src/modules/stripe-payment", id: "stripe", options: stripe }] : [],
      },
    },
    { resolve: "./src/modules/stripe-events", options: stripe ?? {} },
  ]
}
