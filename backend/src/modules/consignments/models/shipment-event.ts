import { model } from "@medusajs/framework/utils"
import { Shipment } from "./shipment"

/**
 * One tracking update. A carrier's event keeps the carrier's own id in `external_id` (`<carrier>-<id>`), whose
 * unique index makes an event delivered twice one row.
 */
export const ShipmentEvent = model
  .define("shipment_event", {
    id: model.id({ prefix: "shpev" }).primaryKey(),
    status: model.enum(["in_transit", "delivered", "returned"]),
    description: model.text(),
    location: model.text().nullable(),
    occurred_at: model.dateTime(),
    source: model.enum(["manual", "carrier"]),
    external_id: model.text().nullable(),
    recorded_by: model.text().nullable(),
    shipment: model.belongsTo(() => Shipment, { mappedBy: "events" }),
  })
  .indexes([
    { on: ["external_id"], unique: true, where: "external_id IS NOT NULL" },
    { on: ["shipment_id", "occurred_at"] },
  ])
