import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireRole } from "../utils/require-role"
import { AdminHideReview, AdminReviewsQuery, AdminShowReview } from "./validators"

/** Review moderation is the reviewers' work (and the super admin's). */
export const adminReviewMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/reviews*", middlewares: [requireRole("reviewer")] },
  {
    matcher: "/admin/reviews",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminReviewsQuery, { isList: true })],
  },
  {
    matcher: "/admin/reviews/:id/hide",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminHideReview)],
  },
  {
    matcher: "/admin/reviews/:id/show",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminShowReview)],
  },
]
