import { model } from "@medusajs/framework/utils"
import { SHIPPING_ZONES } from "../../../lib/shipping/zones"

/**
 * One weight bracket of a zone: parcels up to `max_weight_g` grams (null: heavier than every other bracket)
 * cost `price` in the minor units of `currency_code`. All brackets of a zone share one currency.
 */
export const ShippingZoneRate = model
  .define("shipping_zone_rate", {
    id: model.id({ prefix: "shzr" }).primaryKey(),
    zone: model.enum([...SHIPPING_ZONES]),
    max_weight_g: model.number().nullable(),
    price: model.number(),
    currency_code: model.text(),
  })
  .indexes([
    { on: ["zone", "max_weight_g"], unique: true },
    // PostgreSQL treats nulls as distinct, so the single open-ended bracket needs its own guard.
    {
      name: "IDX_shipping_zone_rate_open_bracket",
      on: ["zone"],
      unique: true,
      where: "max_weight_g IS NULL",
    },
  ])
  .checks([
    {
      name: "shipping_zone_rate_values_check",
      expression: (columns) =>
        `${columns.price} >= 0 and (${columns.max_weight_g} is null or ${columns.max_weight_g} > 0)`,
    },
  ])
