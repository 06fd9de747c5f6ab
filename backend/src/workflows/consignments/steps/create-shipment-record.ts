import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEFAULT_CARRIER } from "../../../lib/carriers"
import { consignmentsService } from "../utils/services"

export const createShipmentRecordStepId = "create-shipment-record"

/** The order's one shipment, `created` at the hub (the unique order index is the guard); compensation deletes it. */
export const createShipmentRecordStep = createStep(
  createShipmentRecordStepId,
  async (input: { order_id: string; display_id: string }, { container }) => {
    const shipment = await consignmentsService(container).createShipments({
      order_id: input.order_id,
      display_id: input.display_id,
      carrier: DEFAULT_CARRIER,
    })
    return new StepResponse(shipment, shipment.id)
  },
  async (id, { container }) => {
    if (id) await consignmentsService(container).deleteShipments(id)
  },
)
