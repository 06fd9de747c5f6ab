import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireRole } from "../utils/require-role"
import { AdminImpactQuery } from "./validators"

/** Impact figures are aggregates: reviewers and finance (and super admins) read them. */
export const adminImpactMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/impact*", middlewares: [requireRole("reviewer", "finance")] },
  {
    matcher: "/admin/impact",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminImpactQuery, {})],
  },
  {
    matcher: "/admin/impact/export.csv",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminImpactQuery, {})],
  },
]
