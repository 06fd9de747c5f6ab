import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminAuditMiddlewares } from "./audit-log/middlewares"
import { adminImpactMiddlewares } from "./impact/middlewares"
import { AdminPayoutPreviewQuery } from "./payout-runs/preview/route"
import { anyAdminUser, requireRole } from "./utils/require-role"

/**
 * Routes the ministry console adds: the audit trail (recorded for every state-changing /admin request), impact,
 * the payout run preview, the order overview and the PDFs. /admin/me and /admin/today need only a login.
 */
export const adminConsoleMiddlewares: MiddlewareRoute[] = [
  ...adminAuditMiddlewares,
  // Each caller reads only about themselves (me) or the parts their role works on (today).
  { matcher: "/admin/me", methods: ["GET"], middlewares: [anyAdminUser()] },
  { matcher: "/admin/today", methods: ["GET"], middlewares: [anyAdminUser()] },
  ...adminImpactMiddlewares,
  {
    matcher: "/admin/payout-runs/preview",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminPayoutPreviewQuery, {})],
  },
  { matcher: "/admin/orders/:id/families", methods: ["GET"], middlewares: [requireRole("hub", "finance")] },
  { matcher: "/admin/me", methods: ["GET"], middlewares: [anyAdminUser()] },
  { matcher: "/admin/today", methods: ["GET"], middlewares: [anyAdminUser()] },
]
