import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireRole } from "../utils/require-role"
import { AdminFamiliesQuery, AdminFamilyTransition, AdminIncomeStatementQuery } from "./validators"

const TRANSITION_PATHS = ["start-review", "approve", "reject", "request-changes", "suspend", "reinstate"]

// Guards add up: every matching one must pass. Reviewers and finance may read families (finance without the
// sensitive profile); only reviewers decide and open documents; only finance issues income statements.
export const adminFamilyMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/families*", middlewares: [requireRole("reviewer", "finance")] },
  { matcher: "/admin/families/:id/documents*", middlewares: [requireRole("reviewer")] },
  {
    matcher: "/admin/families",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminFamiliesQuery, { isList: true })],
  },
  {
    matcher: "/admin/families/:id/income-statement.pdf",
    methods: ["GET"],
    middlewares: [requireRole("finance"), validateAndTransformQuery(AdminIncomeStatementQuery, {})],
  },
  ...TRANSITION_PATHS.map((path) => ({
    matcher: `/admin/families/:id/${path}`,
    methods: ["POST" as const],
    middlewares: [requireRole("reviewer"), validateAndTransformBody(AdminFamilyTransition)],
  })),
]
