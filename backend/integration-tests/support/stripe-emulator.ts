import { randomBytes } from "node:crypto"
import { createStripeEmulator } from "@usra/stripe-emulator"

/** Short retries, so a test that makes a delivery fail sees Stripe's retry within a second or two. */
export const TEST_WEBHOOK_RETRY_DELAYS_MS = [200, 500, 1_000, 2_000]

/**
 * The local Stripe stand-in for one test run, delivering signed webhooks to the test server's Stripe route.
 * Runs in the global-setup process; tests reach it over HTTP (the SDK, `/_emulator/*`).
 */
export async function startStripeEmulator(backendPort: number) {
  const webhookSecret = `whsec_${randomBytes(24).toString("hex")}`
  const emulator = createStripeEmulator({
    webhookUrl: `http://localhost:${backendPort}/hooks/payment/stripe_stripe`,
    webhookSecret,
    webhookRetryDelaysMs: TEST_WEBHOOK_RETRY_DELAYS_MS,
  })
  const { url } = await emulator.listen(0)
  return { url, webhookSecret, apiKey: "sk_test_emulator", close: () => emulator.close() }
}
