import { HANDLED_STRIPE_EVENTS } from "@usra/types"
import { describe, expect, it } from "vitest"
import { provideStripe } from "../stripe.mjs"

describe("Stripe for npm start", () => {
  it("starts the emulator when no STRIPE_API_KEY is set and points the backend at it", async () => {
    const stripe = await provideStripe({ backendUrl: "http://localhost:9000", env: {} })
    try {
      expect(stripe.env.STRIPE_API_KEY).toBe("sk_test_emulator")
      expect(stripe.env.STRIPE_API_HOST).toBe(stripe.url)
      expect(stripe.env.STRIPE_WEBHOOK_SECRET).toMatch(/^whsec_[0-9a-f]{48}$/)
      expect(stripe.banner).toContain(stripe.url)
      const health = await fetch(`${stripe.url}/_emulator/health`)
      expect(await health.json()).toEqual({ ok: true })
      const endpoints = await fetch(`${stripe.url}/v1/webhook_endpoints`, {
        headers: { authorization: "Bearer sk_test_emulator" },
      })
      const { data } = await endpoints.json()
      expect(data.map((endpoint) => endpoint.url)).toEqual([
        "http://localhost:9000/hooks/payment/stripe_stripe",
      ])
      // Subscribed as in Stripe's dashboard: to the events Usra acts on, not to every event ("*").
      expect(data[0].enabled_events).toEqual([...HANDLED_STRIPE_EVENTS])
    } finally {
      await stripe.stop()
    }
  })

  it("starts nothing with a real key and passes the key, host and secret through", async () => {
    const stripe = await provideStripe({
      backendUrl: "http://localhost:9000",
      env: { STRIPE_API_KEY: "sk_live_x", STRIPE_WEBHOOK_SECRET: "whsec_y" },
    })
    expect(stripe.url).toBeNull()
    expect(stripe.env).toEqual({ STRIPE_API_KEY: "sk_live_x", STRIPE_WEBHOOK_SECRET: "whsec_y" })
    expect(stripe.banner).toContain("api.stripe.com")
    await stripe.stop()
  })
  it("runs two emulators at once on ports of their own when asked for port 0 (two test suites)", async () => {
    const first = await provideStripe({ backendUrl: "http://localhost:9001", env: {}, port: 0 })
    const second = await provideStripe({ backendUrl: "http://localhost:9002", env: {}, port: 0 })
    try {
      expect(first.url).not.toBe(second.url)
      for (const stripe of [first, second]) {
        const health = await fetch(`${stripe.url}/_emulator/health`)
        expect(health.status).toBe(200)
      }
    } finally {
      await Promise.all([first.stop(), second.stop()])
    }
  })
})
