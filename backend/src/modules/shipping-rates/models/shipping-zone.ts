import { model } from "@medusajs/framework/utils"
import { SHIPPING_ZONES } from "../../../lib/shipping/zones"

/** A shipping zone's transit time from the Amman hub; its prices are its shipping_zone_rate rows. */
export const ShippingZone = model
  .define("shipping_zone", {
    id: model.id({ prefix: "shz" }).primaryKey(),
    zone: model.enum([...SHIPPING_ZONES]),
    transit_days_min: model.number(),
    transit_days_max: model.number(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["zone"], unique: true }])
  .checks([
    {
      name: "shipping_zone_transit_days_check",
      expression: (columns) =>
        `${columns.transit_days_min} >= 1 and ${columns.transit_days_min} <= ${columns.transit_days_max}`,
    },
  ])
