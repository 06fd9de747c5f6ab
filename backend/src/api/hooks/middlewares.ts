import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Stripe and carriers sign the exact bytes they send: keep them (`req.rawBody`) next to the parsed JSON. */
export const hookMiddlewares: MiddlewareRoute[] = [
  { matcher: "/hooks/payment/stripe_stripe", methods: ["POST"], bodyParser: { preserveRawBody: true } },
  { matcher: "/hooks/carrier/:carrier", methods: ["POST"], bodyParser: { preserveRawBody: true } },
]
