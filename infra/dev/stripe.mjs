// Stripe for `npm start`: with STRIPE_API_KEY set, the backend talks to real Stripe and nothing is started.
// Without it, the local Stripe emulator (@usra/stripe-emulator, built by `turbo run build`) runs in this process,
// the backend is pointed at it, and its signed webhooks go to the backend's Stripe route, for the events Usra acts
// on alone, as the endpoint is subscribed in Stripe's dashboard.
import { randomBytes } from "node:crypto"
import { freePort } from "./services.mjs"

export const EMULATOR_PORT = 12111
export const WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

// Shorter than Stripe's three days: a backend restart is caught up within minutes.
const WEBHOOK_RETRY_DELAYS_MS = [2_000, 10_000, 30_000, 120_000, 600_000]

/**
 * Returns the backend's Stripe environment, a line for the banner, and stop(). `env` is the caller's environment
 * (process.env by default: tests pass `{}`, so they never reach real Stripe). The emulator listens on `port` (0: any
 * free port, for suites that may run at once) or the first free one from 12111, and retries webhooks after
 * `webhookRetryDelaysMs`.
 */
export async function provideStripe({
  backendUrl,
  log = () => {},
  env = process.env,
  port,
  webhookRetryDelaysMs = WEBHOOK_RETRY_DELAYS_MS,
}) {
  if (env.STRIPE_API_KEY) {
    const chosen = {
      STRIPE_API_KEY: env.STRIPE_API_KEY,
      ...(env.STRIPE_API_HOST ? { STRIPE_API_HOST: env.STRIPE_API_HOST } : {}),
      ...(env.STRIPE_WEBHOOK_SECRET ? { STRIPE_WEBHOOK_SECRET: env.STRIPE_WEBHOOK_SECRET } : {}),
    }
    const where = env.STRIPE_API_HOST ?? "api.stripe.com"
    const warning = env.STRIPE_WEBHOOK_SECRET ? "" : " (no STRIPE_WEBHOOK_SECRET: webhooks will be refused)"
    log(`STRIPE_API_KEY is set: using ${where}, no emulator${warning}`)
    return {
      env: chosen,
      banner: `${where} (your STRIPE_API_KEY)${warning}`,
      url: null,
      stop: async () => {},
    }
  }
  const { createStripeEmulator } = await import("@usra/stripe-emulator")
  const { HANDLED_STRIPE_EVENTS } = await import("@usra/types")
  const webhookSecret = `whsec_${randomBytes(24).toString("hex")}`
  const webhookUrl = `${backendUrl}${WEBHOOK_PATH}`
  const emulator = createStripeEmulator({
    webhooks: [{ url: webhookUrl, secret: webhookSecret, enabledEvents: [...HANDLED_STRIPE_EVENTS] }],
    webhookRetryDelaysMs,
    logger: (line) => log(line),
  })
  const { url } = await emulator.listen(port ?? (await freePort(EMULATOR_PORT)))
  log(`no STRIPE_API_KEY: Stripe emulator on ${url}, webhooks to ${webhookUrl}`)
  return {
    env: { STRIPE_API_KEY: "sk_test_emulator", STRIPE_API_HOST: url, STRIPE_WEBHOOK_SECRET: webhookSecret },
    banner: `${url}   (emulator; webhooks to ${WEBHOOK_PATH})`,
    url,
    stop: () => emulator.close(),
  }
}
