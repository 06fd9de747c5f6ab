/** How the backend reaches Stripe: the official API unless `apiHost` points at a Stripe-compatible server. */
export type StripeSettings = {
  apiKey: string
  /** e.g. `http://127.0.0.1:12111` for the local emulator; unset means api.stripe.com. */
  apiHost?: string
  webhookSecret?: string
  /** Attempts after the first for a call that failed on the network, timed out, or got a 409 or 5xx. */
  maxNetworkRetries?: number
  /** How long one attempt may take. */
  timeoutMs?: number
  /** How long a received webhook waits before its job runs (see STRIPE_WEBHOOK_DELAY_MS). */
  webhookDelayMs?: number
}

type StripeEnv = {
  STRIPE_API_KEY?: string
  STRIPE_API_HOST?: string
  STRIPE_WEBHOOK_SECRET?: string
  STRIPE_MAX_NETWORK_RETRIES?: number
  STRIPE_TIMEOUT_MS?: number
  STRIPE_WEBHOOK_DELAY_MS?: number
}

/** The settings from the environment, or undefined when no API key is set (card payments are then off). */
export function stripeSettingsFromEnv(env: StripeEnv): StripeSettings | undefined {
  if (!env.STRIPE_API_KEY) return undefined
  return {
    apiKey: env.STRIPE_API_KEY,
    apiHost: env.STRIPE_API_HOST,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    maxNetworkRetries: env.STRIPE_MAX_NETWORK_RETRIES,
    timeoutMs: env.STRIPE_TIMEOUT_MS,
    webhookDelayMs: env.STRIPE_WEBHOOK_DELAY_MS,
  }
}

export type StripeEndpoint = { host: string; port: number; protocol: "http" | "https" }

/** `http://127.0.0.1:12111` -> the SDK's host, port and protocol options. */
export function parseApiHost(apiHost: string): StripeEndpoint {
  let url: URL
  try {
    url = new URL(apiHost)
  } catch {
    throw new Error(`STRIPE_API_HOST must be a URL such as http://127.0.0.1:12111, got "${apiHost}"`)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`STRIPE_API_HOST must start with http:// or https://, got "${apiHost}"`)
  }
  const protocol = url.protocol === "https:" ? "https" : "http"
  const port = url.port ? Number(url.port) : protocol === "https" ? 443 : 80
  return { host: url.hostname, port, protocol }
}
