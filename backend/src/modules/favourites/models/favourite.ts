import { model } from "@medusajs/framework/utils"

/** A product a customer saved for later. Once per (customer, product): the unique index is the real guard. */
export const Favourite = model
  .define("favourite", {
    id: model.id({ prefix: "fav" }).primaryKey(),
    customer_id: model.text(),
    product_id: model.text(),
  })
  .indexes([{ on: ["customer_id", "product_id"], unique: true }, { on: ["customer_id", "created_at"] }])
