import { model } from "@medusajs/framework/utils"
import { ShipmentEvent } from "./shipment-event"

/**
 * The one parcel of an order, from the hub to the buyer. `carrier` starts as the adapter that created it
 * (`manual`) and becomes the carrier hub staff hand it to; `fulfillment_id` is Medusa's fulfillment of the
 * order's received items. One per order.
 */
export const Shipment = model
  .define("shipment", {
    id: model.id({ prefix: "shp" }).primaryKey(),
    order_id: model.text(),
    display_id: model.text(),
    carrier: model.text(),
    tracking_number: model.text().nullable(),
    tracking_url: model.text().nullable(),
    status: model.enum(["created", "in_transit", "delivered", "returned"]).default("created"),
    fulfillment_id: model.text().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    returned_at: model.dateTime().nullable(),
    events: model.hasMany(() => ShipmentEvent, { mappedBy: "shipment" }),
  })
  .indexes([{ on: ["order_id"], unique: true }, { on: ["carrier", "tracking_number"] }, { on: ["status"] }])
  .cascades({ delete: ["events"] })
