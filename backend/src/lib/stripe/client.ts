import type { Logger } from "@medusajs/framework/types"
import Stripe from "stripe"
import { parseApiHost, type StripeSettings } from "./settings"

/** Network errors, timeouts, 409s and 5xx are retried by the SDK, always with the request's idempotency key. */
export const STRIPE_MAX_NETWORK_RETRIES = 3
export const STRIPE_TIMEOUT_MS = 20_000
const MAX_TRACKED_REQUESTS = 1_000

/** The official SDK, pointed at real Stripe or, with `apiHost`, at a Stripe-compatible server. */
export function createStripeClient(
  settings: Pick<StripeSettings, "apiKey" | "apiHost" | "maxNetworkRetries" | "timeoutMs">,
  logger?: Pick<Logger, "warn">,
): Stripe {
  const stripe = new Stripe(settings.apiKey, {
    maxNetworkRetries: settings.maxNetworkRetries ?? STRIPE_MAX_NETWORK_RETRIES,
    timeout: settings.timeoutMs ?? STRIPE_TIMEOUT_MS,
    appInfo: { name: "usra-backend" },
    ...(settings.apiHost ? parseApiHost(settings.apiHost) : {}),
  })
  if (logger) logRetries(stripe, logger)
  return stripe
}

/** The SDK retries silently; a request sent again under the same idempotency key is worth a line in the log. */
function logRetries(stripe: Stripe, logger: Pick<Logger, "warn">) {
  const inFlight = new Set<string>()
  type Attempt = { method?: string; path?: string; idempotency_key?: string }
  // The SDK reports a request without the header (every GET) as the string "undefined": those are not tracked, or
  // two reads of the same object at once would look like a retry.
  const keyOf = (event: Attempt) =>
    event.idempotency_key && event.idempotency_key !== "undefined"
      ? `${event.method} ${event.path} ${event.idempotency_key}`
      : undefined
  stripe.on("request", (event: Attempt) => {
    const key = keyOf(event)
    if (!key) return
    if (inFlight.has(key)) {
      logger.warn(
        `Stripe: retrying ${event.method} ${event.path} with idempotency key ${event.idempotency_key}`,
      )
      return
    }
    if (inFlight.size >= MAX_TRACKED_REQUESTS) inFlight.clear()
    inFlight.add(key)
  })
  stripe.on("response", (event: Attempt) => {
    const key = keyOf(event)
    if (key) inFlight.delete(key)
  })
}
