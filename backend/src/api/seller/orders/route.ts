import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FAMILY_ORDERS_MODULE } from "../../../modules/family-orders"
import type FamilyOrdersModuleService from "../../../modules/family-orders/service"
import { sellerContext } from "../utils/seller-context"
import { sellerOrderFields } from "./fields"
import type { SellerOrdersQuery } from "./validators"

/** GET /seller/orders: the caller's family's child orders, newest first. limit outside 1..100 or offset < 0: 400. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, SellerOrdersQuery>, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const { limit, offset } = req.validatedQuery
  const [orders, count] = await req.scope
    .resolve<FamilyOrdersModuleService>(FAMILY_ORDERS_MODULE)
    .listAndCountFamilyOrders(
      { family_id: seller.family_id },
      { select: sellerOrderFields, skip: offset, take: limit, order: { created_at: "DESC" } },
    )
  res.json({ orders, count, limit, offset })
}
