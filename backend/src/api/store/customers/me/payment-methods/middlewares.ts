import { authenticate, type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "zod"

/** Neither route takes query parameters: any is a mistake worth a 400 that names it (and no card removed). */
export const StoreSavedCardsQuery = z.object({}).strict()

const customer = authenticate("customer", ["session", "bearer"])

export const storeSavedCardMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/customers/me/payment-methods",
    methods: ["GET"],
    middlewares: [customer, validateAndTransformQuery(StoreSavedCardsQuery, {})],
  },
  {
    matcher: "/store/customers/me/payment-methods/:id",
    methods: ["DELETE"],
    middlewares: [customer, validateAndTransformQuery(StoreSavedCardsQuery, {})],
  },
]
