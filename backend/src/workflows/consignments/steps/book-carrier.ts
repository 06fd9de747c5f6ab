import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CarrierShipmentInput, carrierAdapter } from "../../../lib/carriers"
import { consignmentsService } from "../utils/services"

export const bookCarrierStepId = "book-carrier"

/**
 * Books the parcel with the shipment's carrier adapter. The manual carrier books nothing (hub staff type the
 * tracking number when they hand the parcel over); an adapter with an API returns its tracking number here.
 */
export const bookCarrierStep = createStep(
  bookCarrierStepId,
  async (input: CarrierShipmentInput & { carrier: string }, { container }) => {
    const booked = await carrierAdapter(input.carrier).createShipment(input)
    if (booked.tracking_number) {
      await consignmentsService(container).updateShipments({
        id: input.shipment_id,
        tracking_number: booked.tracking_number,
        tracking_url: booked.tracking_url,
      })
    }
    return new StepResponse(booked)
  },
)
