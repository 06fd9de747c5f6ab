import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import type { NewShipmentEvent } from "../../../modules/consignments/service"
import { consignmentsService } from "../utils/services"

export const recordShipmentEventStepId = "record-shipment-event"

type ShipmentFields = {
  status: "created" | "in_transit" | "delivered" | "returned"
  delivered_at: Date | null
  returned_at: Date | null
}
type Recorded = Awaited<ReturnType<ReturnType<typeof consignmentsService>["recordShipmentEvent"]>>
type Undo = { event_id: string; shipment_id: string; previous: ShipmentFields } | null

/**
 * Records a tracking update and moves the shipment: `delivered` and `returned` end it. A carrier event already
 * recorded (same external id) changes nothing and is answered as a duplicate, whatever the shipment's state.
 * An update before dispatch or after the end is a 409. Compensation removes the event and restores the shipment.
 */
export const recordShipmentEventStep = createStep(
  recordShipmentEventStepId,
  async (input: NewShipmentEvent, { container }) => {
    const service = consignmentsService(container)
    if (input.external_id) {
      const [known] = await service.listShipmentEvents({ external_id: input.external_id })
      if (known) return new StepResponse<Recorded, Undo>({ event: known, created: false }, null)
    }
    const shipment = await service.retrieveShipment(input.shipment_id)
    if (shipment.status === "created") {
      throw new ConflictError(
        "This shipment has not been dispatched yet: dispatch it with its carrier and tracking number first",
      )
    }
    if (shipment.status !== "in_transit") {
      throw new ConflictError(
        `This shipment is already ${shipment.status}: it takes no further tracking updates`,
      )
    }
    const recorded = await service.recordShipmentEvent(input)
    if (!recorded.created) return new StepResponse<Recorded, Undo>(recorded, null)
    const previous: ShipmentFields = {
      status: shipment.status,
      delivered_at: shipment.delivered_at,
      returned_at: shipment.returned_at,
    }
    const at = new Date(input.occurred_at)
    if (input.status === "delivered") {
      await service.updateShipments({ id: shipment.id, status: "delivered", delivered_at: at })
    } else if (input.status === "returned") {
      await service.updateShipments({ id: shipment.id, status: "returned", returned_at: at })
    }
    return new StepResponse<Recorded, Undo>(recorded, {
      event_id: recorded.event.id,
      shipment_id: shipment.id,
      previous,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = consignmentsService(container)
    await service.deleteShipmentEvents(undo.event_id)
    await service.updateShipments({ id: undo.shipment_id, ...undo.previous })
  },
)
