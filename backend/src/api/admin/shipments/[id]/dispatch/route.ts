import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dispatchShipmentWorkflow } from "../../../../../workflows/consignments/workflows/dispatch-shipment"
import type { AdminDispatchShipment } from "../../validators"
import { adminShipment } from "../../view"

/**
 * POST /admin/shipments/:id/dispatch {carrier, tracking_number, tracking_url?}: hub staff hand the parcel to a
 * carrier (the manual carrier: they type its tracking number). `created` becomes `in_transit`, Medusa's
 * fulfillment is marked shipped and the buyer gets the tracking number. Bad carrier or tracking number: 400.
 * Unknown: 404. Already dispatched: 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminDispatchShipment>, res: MedusaResponse) {
  const body = req.validatedBody
  await dispatchShipmentWorkflow(req.scope).run({
    input: {
      shipment_id: req.params.id as string,
      carrier: body.carrier,
      tracking_number: body.tracking_number,
      tracking_url: body.tracking_url ?? null,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ shipment: await adminShipment(req.scope, req.params.id as string) })
}
