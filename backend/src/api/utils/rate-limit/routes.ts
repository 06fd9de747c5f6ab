import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "./middleware"
import { RATE_LIMIT_RULES } from "./rules"

const ACTORS = ["customer", "seller", "user"] as const

/** Where the limits apply; the matchers list each actor, as Medusa's auth routes take the actor in the path. */
export const rateLimitMiddlewares: MiddlewareRoute[] = [
  ...ACTORS.flatMap((actor): MiddlewareRoute[] => [
    {
      matcher: `/auth/${actor}/emailpass`,
      methods: ["POST"],
      middlewares: [rateLimit(RATE_LIMIT_RULES.login)],
    },
    {
      matcher: `/auth/${actor}/emailpass/register`,
      methods: ["POST"],
      middlewares: [rateLimit(RATE_LIMIT_RULES.register)],
    },
    {
      matcher: `/auth/${actor}/emailpass/reset-password`,
      methods: ["POST"],
      middlewares: [rateLimit(RATE_LIMIT_RULES.passwordReset)],
    },
  ]),
  {
    matcher: "/store/orders/lookup",
    methods: ["POST"],
    middlewares: [rateLimit(RATE_LIMIT_RULES.orderLookup)],
  },
]
