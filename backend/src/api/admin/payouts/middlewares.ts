import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireRole } from "../utils/require-role"
import {
  AdminCommissionRulesQuery,
  AdminCreateCommissionRule,
  AdminEmptyBody,
  AdminListQuery,
  AdminMarkBatchPaid,
  AdminPayoutBatchesQuery,
  AdminPayoutsQuery,
  AdminReason,
  AdminRefundFamilyOrder,
  AdminStartPayoutRun,
} from "./validators"

const finance = requireRole("finance")
const body = (schema: Parameters<typeof validateAndTransformBody>[0]) => [validateAndTransformBody(schema)]
const list = (schema: Parameters<typeof validateAndTransformQuery>[0]) => [
  validateAndTransformQuery(schema, { isList: true }),
]

/** Finance's money routes: commission, runs, batches, payouts, balances and refunds. */
export const adminPayoutMiddlewares: MiddlewareRoute[] = [
  ...["commission-rules", "payout-runs", "payout-batches", "payouts", "balances"].map((area) => ({
    matcher: `/admin/${area}*`,
    middlewares: [finance],
  })),
  { matcher: "/admin/family-orders/:id/refunds", middlewares: [finance] },
  { matcher: "/admin/commission-rules", methods: ["GET"], middlewares: list(AdminCommissionRulesQuery) },
  { matcher: "/admin/commission-rules", methods: ["POST"], middlewares: body(AdminCreateCommissionRule) },
  { matcher: "/admin/payout-runs", methods: ["GET"], middlewares: list(AdminListQuery) },
  { matcher: "/admin/payout-runs", methods: ["POST"], middlewares: body(AdminStartPayoutRun) },
  { matcher: "/admin/payout-batches", methods: ["GET"], middlewares: list(AdminPayoutBatchesQuery) },
  { matcher: "/admin/payout-batches/:id/approve", methods: ["POST"], middlewares: body(AdminEmptyBody) },
  {
    matcher: "/admin/payout-batches/:id/mark-paid",
    methods: ["POST"],
    middlewares: body(AdminMarkBatchPaid),
  },
  { matcher: "/admin/payouts", methods: ["GET"], middlewares: list(AdminPayoutsQuery) },
  { matcher: "/admin/payouts/:id/fail", methods: ["POST"], middlewares: body(AdminReason) },
  { matcher: "/admin/payouts/:id/cancel", methods: ["POST"], middlewares: body(AdminReason) },
  { matcher: "/admin/balances", methods: ["GET"], middlewares: list(AdminListQuery) },
  { matcher: "/admin/family-orders/:id/refunds", methods: ["GET"], middlewares: list(AdminListQuery) },
  {
    matcher: "/admin/family-orders/:id/refunds",
    methods: ["POST"],
    middlewares: body(AdminRefundFamilyOrder),
  },
]
