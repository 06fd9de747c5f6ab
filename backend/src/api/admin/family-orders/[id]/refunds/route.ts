import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FAMILY_ORDERS_MODULE } from "../../../../../modules/family-orders"
import type FamilyOrdersModuleService from "../../../../../modules/family-orders/service"
import { payoutsService } from "../../../../../workflows/payouts/utils/payouts-service"
import { refundFamilyOrderWorkflow } from "../../../../../workflows/payouts/workflows/refund-family-order"
import type { AdminListQuery, AdminRefundFamilyOrder } from "../../../payouts/validators"

/** GET /admin/family-orders/:id/refunds: the refunds made on one family's share of an order. Unknown: 404. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListQuery>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const [familyOrder] = await req.scope
    .resolve<FamilyOrdersModuleService>(FAMILY_ORDERS_MODULE)
    .listFamilyOrders({ id: req.params.id }, { select: ["id"] })
  if (!familyOrder)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Family order "${req.params.id}" was not found`)
  const [refunds, count] = await payoutsService(req.scope).listAndCountFamilyRefunds(
    { family_order_id: req.params.id },
    { skip: offset, take: limit, order: { created_at: "ASC", id: "ASC" } },
  )
  res.json({ refunds, count, limit, offset })
}

/**
 * POST /admin/family-orders/:id/refunds `{ amount, reason }`: refunds part of a family's share to the buyer's card
 * (amount in the order currency's minor units), and takes it from the family: netted at release, a `refund` entry
 * after release, a `clawback` after a payout. Bad amount, no reason: 400; more than is left: 400 saying how much
 * is left; unknown: 404; a cancelled share or an order not yet captured: 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRefundFamilyOrder>, res: MedusaResponse) {
  const { result } = await refundFamilyOrderWorkflow(req.scope).run({
    input: {
      family_order_id: req.params.id,
      amount: req.validatedBody.amount,
      reason: req.validatedBody.reason,
      actor_id: req.auth_context?.actor_id ?? null,
    },
  })
  res.status(201).json({ refund: result.refund, ledger: result.booking })
}
