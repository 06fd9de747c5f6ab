import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordShipmentEventWorkflow } from "../../../../../workflows/consignments/workflows/record-shipment-event"
import type { AdminShipmentEvent } from "../../validators"
import { adminShipment } from "../../view"

/**
 * POST /admin/shipments/:id/events {status, description, location?, occurred_at}: a tracking update typed by
 * hub staff. `delivered` ends the shipment and schedules each family's funds for release after the return
 * window. Bad status or date: 400. Unknown: 404. Not dispatched yet, or already delivered or returned: 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminShipmentEvent>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result } = await recordShipmentEventWorkflow(req.scope).run({
    input: {
      shipment_id: req.params.id as string,
      status: body.status,
      description: body.description,
      location: body.location ?? null,
      occurred_at: body.occurred_at,
      source: "manual",
      external_id: null,
      recorded_by: req.auth_context.actor_id,
    },
  })
  res
    .status(201)
    .json({ event: result.event, shipment: await adminShipment(req.scope, req.params.id as string) })
}
