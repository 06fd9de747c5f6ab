import { model } from "@medusajs/framework/utils"

/**
 * The part of one buyer order that one family makes: a child of the buyer's (parent) Medusa order.
 * Amounts are in the order's currency, in minor units, except `subtotal_jod`. One per (order, family): the unique index is the
 * real guard against a split job that runs twice.
 */
export const FamilyOrder = model
  .define("family_order", {
    id: model.id({ prefix: "ford" }).primaryKey(),
    order_id: model.text(),
    family_id: model.text(),
    display_id: model.text(),
    currency_code: model.text(),
    item_count: model.number(),
    subtotal: model.number(),
    // The family's share in JOD fils at the rate locked when the order was placed, and that rate (order-currency
    // units per 1 JOD, "1" for JOD orders). Null only for orders split before the rate was locked.
    subtotal_jod: model.number().nullable(),
    exchange_rate: model.text().nullable(),
    items: model.json(),
    status: model
      .enum(["pending", "preparing", "delivered_to_hub", "shipped", "delivered", "canceled"])
      .default("pending"),
  })
  .indexes([{ on: ["order_id", "family_id"], unique: true }, { on: ["family_id", "created_at"] }])
