import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireRole } from "../utils/require-role"
import { AdminFamiliesQuery, AdminFamilyTransition } from "./validators"

const TRANSITION_PATHS = ["start-review", "approve", "reject", "request-changes", "suspend", "reinstate"]

export const adminFamilyMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/families*", middlewares: [requireRole("reviewer")] },
  {
    matcher: "/admin/families",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminFamiliesQuery, { isList: true })],
  },
  ...TRANSITION_PATHS.map((path) => ({
    matcher: `/admin/families/:id/${path}`,
    methods: ["POST" as const],
    middlewares: [validateAndTransformBody(AdminFamilyTransition)],
  })),
]
