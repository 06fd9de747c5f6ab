import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { consignmentsService, itemsOf } from "../utils/services"

export type ShipmentContext = {
  shipment: {
    id: string
    order_id: string
    display_id: string
    status: string
    fulfillment_id: string | null
  }
  /** The consignments in the parcel: the received ones. */
  received: { family_id: string; family_order_id: string }[]
  items: { id: string; quantity: number }[]
  order: { email: string | null }
}

export const loadShipmentContextStepId = "load-shipment-context"

/** A shipment with the consignments it carries and the buyer's email. 404 when there is no such shipment. */
export const loadShipmentContextStep = createStep(
  loadShipmentContextStepId,
  async (input: { shipment_id: string }, { container }) => {
    const service = consignmentsService(container)
    const [shipment] = await service.listShipments({ id: input.shipment_id })
    if (!shipment) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Shipment not found")
    const received = await service.listConsignments({ order_id: shipment.order_id, status: "received" })
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "email"],
      filters: { id: shipment.order_id },
    })
    const context: ShipmentContext = {
      shipment: {
        id: shipment.id,
        order_id: shipment.order_id,
        display_id: shipment.display_id,
        status: shipment.status,
        fulfillment_id: shipment.fulfillment_id,
      },
      received: received.map((row) => ({ family_id: row.family_id, family_order_id: row.family_order_id })),
      items: received.flatMap((row) =>
        itemsOf(row.items).map((line) => ({ id: line.line_item_id, quantity: line.quantity })),
      ),
      order: { email: data[0]?.email ?? null },
    }
    return new StepResponse(context)
  },
)
