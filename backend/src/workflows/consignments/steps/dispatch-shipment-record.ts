import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { consignmentsService } from "../utils/services"

export type DispatchInput = {
  shipment_id: string
  carrier: string
  tracking_number: string
  tracking_url: string | null
}

export const dispatchShipmentRecordStepId = "dispatch-shipment-record"

/**
 * The parcel leaves the hub with a carrier: `created` becomes `in_transit` with the carrier and tracking number.
 * Any other status is a 409; compensation puts the shipment back as it was.
 */
export const dispatchShipmentRecordStep = createStep(
  dispatchShipmentRecordStepId,
  async (input: DispatchInput, { container }) => {
    const service = consignmentsService(container)
    const before = await service.retrieveShipment(input.shipment_id)
    if (before.status !== "created") {
      throw new ConflictError(
        `Only a shipment that is created can be dispatched; this one is ${before.status}`,
      )
    }
    if (!before.fulfillment_id) {
      throw new ConflictError("This shipment has no fulfillment yet; try again in a moment")
    }
    const updated = await service.updateShipments({
      id: input.shipment_id,
      carrier: input.carrier,
      tracking_number: input.tracking_number,
      tracking_url: input.tracking_url,
      status: "in_transit",
      shipped_at: new Date(),
    })
    const previous = {
      id: before.id,
      carrier: before.carrier,
      tracking_number: before.tracking_number,
      tracking_url: before.tracking_url,
      status: before.status,
      shipped_at: before.shipped_at,
    }
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous) await consignmentsService(container).updateShipments(previous)
  },
)
