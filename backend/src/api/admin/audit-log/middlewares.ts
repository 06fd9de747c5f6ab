import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireRole } from "../utils/require-role"
import { auditTrail } from "./trail"
import { AdminAuditLogQuery } from "./validators"

/** The audit trail: recorded for every state-changing /admin request, read by super admins only. */
export const adminAuditMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin*", middlewares: [auditTrail()] },
  {
    matcher: "/admin/audit-log",
    methods: ["GET"],
    middlewares: [
      requireRole("super_admin"),
      validateAndTransformQuery(AdminAuditLogQuery, { isList: true }),
    ],
  },
]
