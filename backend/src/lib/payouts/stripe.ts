import { MedusaError } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { readEnv } from "../../config/env"
import { createStripeClient } from "../stripe/client"
import { stripeSettingsFromEnv } from "../stripe/settings"

let client: Stripe | undefined

/** The platform's Stripe client for Connect (accounts, links, transfers); 409 when Stripe is not configured. */
export function connectStripe(): Stripe {
  if (client) return client
  const settings = stripeSettingsFromEnv(readEnv())
  if (!settings) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Stripe is not configured (STRIPE_API_KEY is unset): Stripe Connect payouts are unavailable",
    )
  }
  client = createStripeClient(settings)
  return client
}

/** Stripe refused the request itself (bad account, missing capability): trying again cannot help. */
export function isPermanentStripeError(error: unknown): boolean {
  const type = (error as { type?: string } | null)?.type
  return (
    type === "StripeInvalidRequestError" || type === "StripePermissionError" || type === "StripeCardError"
  )
}
