import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { orderTrackingView } from "../../tracking-view"

/**
 * GET /store/orders/:id/tracking: the buyer's tracking timeline (placed, each family's items at the hub or
 * cancelled, shipped with carrier and tracking number, carrier updates, delivered). Anonymous: 401; not the
 * buyer's order: 404.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const tracking = await orderTrackingView(req.scope, req.params.id as string)
  if (!tracking) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Order not found")
  res.json(tracking)
}
