import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireRole } from "../utils/require-role"
import { AdminConsignmentsQuery, AdminReceiveConsignment, AdminRejectConsignment } from "./validators"

/** The hub's receiving screen: hub staff (and super admins) only. */
export const adminConsignmentMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/consignments*", middlewares: [requireRole("hub")] },
  {
    matcher: "/admin/consignments",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminConsignmentsQuery, { isList: true })],
  },
  {
    matcher: "/admin/consignments/:id/receive",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminReceiveConsignment)],
  },
  {
    matcher: "/admin/consignments/:id/reject",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRejectConsignment)],
  },
]
