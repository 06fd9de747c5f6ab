import { describe, expect, it } from "vitest"
import { parseApiHost, stripeSettingsFromEnv } from "../settings"

describe("Stripe settings", () => {
  it("turns STRIPE_API_HOST into the SDK's host, port and protocol", () => {
    expect(parseApiHost("http://127.0.0.1:12111")).toEqual({
      host: "127.0.0.1",
      port: 12111,
      protocol: "http",
    })
    expect(parseApiHost("https://stripe.internal")).toEqual({
      host: "stripe.internal",
      port: 443,
      protocol: "https",
    })
    expect(() => parseApiHost("ftp://x")).toThrow(/http/)
    expect(() => parseApiHost("not a url")).toThrow(/STRIPE_API_HOST/)
  })

  it("turns card payments off without an API key", () => {
    expect(stripeSettingsFromEnv({})).toBeUndefined()
    expect(stripeSettingsFromEnv({ STRIPE_API_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_x" })).toEqual({
      apiKey: "sk_test_x",
      apiHost: undefined,
      webhookSecret: "whsec_x",
    })
  })

  it("passes the SDK's retry budget and timeout on", () => {
    expect(
      stripeSettingsFromEnv({
        STRIPE_API_KEY: "sk_test_x",
        STRIPE_MAX_NETWORK_RETRIES: 5,
        STRIPE_TIMEOUT_MS: 4_000,
        STRIPE_WEBHOOK_DELAY_MS: 250,
      }),
    ).toMatchObject({ maxNetworkRetries: 5, timeoutMs: 4_000, webhookDelayMs: 250 })
  })
})
