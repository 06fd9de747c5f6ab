import { model } from "@medusajs/framework/utils"

/**
 * Commission in basis points (1000 = 10%). `category_id` null is the global rule; a product category's own
 * active rule wins over it. A new rule for a category retires the active one (kept for history).
 */
export const CommissionRule = model
  .define("commission_rule", {
    id: model.id({ prefix: "comr" }).primaryKey(),
    category_id: model.text().nullable(),
    rate_bps: model.number(),
    active: model.boolean().default(true),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["category_id", "active"] }])
