import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireRole } from "../utils/require-role"
import { AdminReplaceRateCard } from "./validators"

export const adminShippingRateMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/shipping-rates*", middlewares: [requireRole("finance")] },
  {
    matcher: "/admin/shipping-rates",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminReplaceRateCard)],
  },
]
