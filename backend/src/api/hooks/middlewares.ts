import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Stripe signs the exact bytes it sends: keep them (`req.rawBody`) next to the parsed JSON. */
export const hookMiddlewares: MiddlewareRoute[] = [
  { matcher: "/hooks/payment/stripe_stripe", methods: ["POST"], bodyParser: { preserveRawBody: true } },
]
