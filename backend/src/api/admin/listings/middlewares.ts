import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireRole } from "../utils/require-role"
import { AdminApproveListing, AdminListingsQuery, AdminRequestListingChanges } from "./validators"

/** Listing moderation is the reviewers' work (and the super admin's). */
export const adminListingMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/listings*", middlewares: [requireRole("reviewer")] },
  {
    matcher: "/admin/listings",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListingsQuery, { isList: true })],
  },
  {
    matcher: "/admin/listings/:id/approve",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminApproveListing)],
  },
  {
    matcher: "/admin/listings/:id/request-changes",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRequestListingChanges)],
  },
]
