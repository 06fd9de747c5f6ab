import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readEnv } from "../../../../config/env"
import { CarrierPayloadError, CarrierSignatureError, carrierAdapter } from "../../../../lib/carriers"
import { CONSIGNMENTS_MODULE } from "../../../../modules/consignments"
import type ConsignmentsModuleService from "../../../../modules/consignments/service"
import { recordShipmentEventWorkflow } from "../../../../workflows/consignments/workflows/record-shipment-event"

function readEvents(carrier: string, req: MedusaRequest) {
  const adapter = carrierAdapter(carrier)
  const raw = req.rawBody ?? ""
  try {
    adapter.verifyWebhook(raw, req.headers, readEnv().CARRIER_WEBHOOK_SECRET)
    return adapter.parseWebhook(raw)
  } catch (error) {
    if (error instanceof CarrierSignatureError)
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, error.message)
    if (error instanceof CarrierPayloadError)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    throw error
  }
}

/**
 * POST /hooks/carrier/:carrier: tracking updates from a carrier, signed with HMAC-SHA256 over the raw body
 * (`x-usra-signature: t=<seconds>,v1=<hex>`, CARRIER_WEBHOOK_SECRET). Nothing is read or written before the
 * signature checks out: missing, wrong or older than 300 s is a 401. A body that is not a tracking update: 400.
 * A tracking number no shipment of this carrier has: 404. The same event delivered again is recorded once and
 * answered 200 with `duplicate: true`.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const carrier = String(req.params.carrier)
  const events = readEvents(carrier, req)
  const service = req.scope.resolve<ConsignmentsModuleService>(CONSIGNMENTS_MODULE)
  const answered = []
  for (const event of events) {
    const [shipment] = await service.listShipments({ carrier, tracking_number: event.tracking_number })
    if (!shipment) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No shipment with ${carrier} tracking number ${event.tracking_number}`,
      )
    }
    const { result } = await recordShipmentEventWorkflow(req.scope).run({
      input: {
        shipment_id: shipment.id,
        status: event.status,
        description: event.description,
        location: event.location,
        occurred_at: event.occurred_at.toISOString(),
        source: "carrier",
        external_id: `${carrier}-${event.external_id}`,
        recorded_by: null,
      },
    })
    answered.push({ id: event.external_id, event_id: result.event.id, duplicate: !result.created })
  }
  res.status(200).json({ received: true, events: answered })
}
