import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminShipment } from "../view"

/** GET /admin/shipments/:id: the shipment, its tracking events and its order's consignments. Unknown: 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ shipment: await adminShipment(req.scope, req.params.id as string) })
}
