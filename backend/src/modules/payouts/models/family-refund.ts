import { model } from "@medusajs/framework/utils"

/**
 * A refund of part of one family's share of an order, in the order's currency and, at the rate locked when the
 * order was placed, in JOD fils. The ledger books it (as `refund` or `clawback`) when the family's funds are or
 * were released.
 */
export const FamilyRefund = model
  .define("family_refund", {
    id: model.id({ prefix: "frf" }).primaryKey(),
    family_order_id: model.text(),
    family_id: model.text(),
    order_id: model.text(),
    display_id: model.text(),
    currency_code: model.text(),
    amount: model.number(),
    amount_jod: model.number(),
    reason: model.text(),
    payment_id: model.text().nullable(),
    medusa_refund_id: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["family_order_id"] }, { on: ["family_id", "order_id"] }])
