import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { buyerOrderView } from "../../buyer-order"

/** GET /store/orders/:id/families: the buyer's order split per family. Anonymous: 401; not the buyer's: 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await buyerOrderView(req.scope, req.params.id as string)
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Order not found")
  res.json({ order })
}
