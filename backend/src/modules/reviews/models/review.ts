import { model } from "@medusajs/framework/utils"

/**
 * A buyer's review of one delivered line item: a rating from 1 to 5 and text in any language. One per line item
 * (the unique index is the real guard); the family may answer once; the ministry may hide it with a reason.
 * `author_name` is what buyers see (the reviewer's first name and initial), kept so no customer data is read later.
 */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    family_id: model.text(),
    customer_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    rating: model.number(),
    text: model.text(),
    author_name: model.text(),
    status: model.enum(["published", "hidden"]).default("published"),
    hidden_reason: model.text().nullable(),
    hidden_by: model.text().nullable(),
    hidden_at: model.dateTime().nullable(),
    reply_text: model.text().nullable(),
    reply_by: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["line_item_id"], unique: true },
    { on: ["product_id", "status", "created_at"] },
    { on: ["family_id", "status", "created_at"] },
    { on: ["customer_id", "created_at"] },
  ])
