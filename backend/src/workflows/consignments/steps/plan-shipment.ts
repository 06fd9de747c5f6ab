import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isLive } from "../../../lib/consignments/transitions"
import { consignmentsService, itemsOf } from "../utils/services"

export type ShipmentPlan = {
  ready: boolean
  reason: string | null
  order_id: string
  display_id: string
  destination_country: string | null
  /** The received lines, as Medusa's fulfillment takes them. */
  items: { id: string; quantity: number }[]
  titles: { title: string; quantity: number }[]
}

export const planShipmentStepId = "plan-shipment"

/**
 * Whether the order can ship now (every consignment still going to the buyer is at the hub, and there is no
 * shipment yet) and what goes in the parcel. Reads only.
 */
export const planShipmentStep = createStep(
  planShipmentStepId,
  async (input: { order_id: string }, { container }) => {
    const service = consignmentsService(container)
    const consignments = await service.listConsignments({ order_id: input.order_id })
    const [existing] = await service.listShipments({ order_id: input.order_id }, { select: ["id"] })
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "display_id", "shipping_address.country_code"],
      filters: { id: input.order_id },
    })
    const live = consignments.filter((row) => isLive(row.status))
    const received = live.filter((row) => row.status === "received")
    const lines = received.flatMap((row) => itemsOf(row.items))
    let reason: string | null = null
    if (existing) reason = "the order already has a shipment"
    else if (live.length === 0) reason = "no consignment of the order is still going to the buyer"
    else if (received.length < live.length) reason = "not every consignment is at the hub yet"
    const plan: ShipmentPlan = {
      ready: reason === null,
      reason,
      order_id: input.order_id,
      display_id: String(data[0]?.display_id ?? ""),
      destination_country: data[0]?.shipping_address?.country_code ?? null,
      items: lines.map((line) => ({ id: line.line_item_id, quantity: line.quantity })),
      titles: lines.map((line) => ({ title: line.title, quantity: line.quantity })),
    }
    return new StepResponse(plan)
  },
)
