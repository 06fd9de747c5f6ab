import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FAMILY_ORDERS_MODULE } from "../../../../modules/family-orders"
import type FamilyOrdersModuleService from "../../../../modules/family-orders/service"
import { sellerContext } from "../../utils/seller-context"
import { sellerOrderFields } from "../fields"

/** GET /seller/orders/:id: one of the family's child orders. Another family's or unknown: 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const [order] = await req.scope
    .resolve<FamilyOrdersModuleService>(FAMILY_ORDERS_MODULE)
    .listFamilyOrders({ id: req.params.id, family_id: seller.family_id }, { select: sellerOrderFields })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Order not found")
  res.json({ order })
}
