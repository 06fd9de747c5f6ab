import { MedusaService } from "@medusajs/framework/utils"
import { Consignment } from "./models/consignment"
import { Shipment } from "./models/shipment"
import { ShipmentEvent } from "./models/shipment-event"

export type NewShipmentEvent = {
  shipment_id: string
  status: "in_transit" | "delivered" | "returned"
  description: string
  location?: string | null
  occurred_at: Date | string
  source: "manual" | "carrier"
  external_id?: string | null
  recorded_by?: string | null
}

export default class ConsignmentsModuleService extends MedusaService({
  Consignment,
  Shipment,
  ShipmentEvent,
}) {
  /**
   * Records a tracking update once per external id: a second delivery of a carrier's event, even one that races
   * the first (the unique index answers), returns the row already there with `created: false`.
   */
  async recordShipmentEvent(data: NewShipmentEvent) {
    const existing = async () =>
      data.external_id ? (await this.listShipmentEvents({ external_id: data.external_id }))[0] : undefined
    const known = await existing()
    if (known) return { event: known, created: false }
    try {
      return {
        event: await this.createShipmentEvents({ ...data, occurred_at: new Date(data.occurred_at) }),
        created: true,
      }
    } catch (error) {
      const raced = await existing()
      if (raced) return { event: raced, created: false }
      throw error
    }
  }
}
