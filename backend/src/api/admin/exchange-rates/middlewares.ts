import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireRole } from "../utils/require-role"
import { AdminUpdateExchangeRates } from "./validators"

export const adminExchangeRateMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/exchange-rates*", middlewares: [requireRole("finance")] },
  {
    matcher: "/admin/exchange-rates",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateExchangeRates)],
  },
]
