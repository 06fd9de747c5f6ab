import { model } from "@medusajs/framework/utils"

/**
 * One family's items of one order, from the family's home to the hub of its community centre. `code` is what hub
 * staff type or scan at the counter. One per (order, family): the unique index is the real guard against a job
 * that runs twice. Amounts are not kept here: refunds read the order's own line totals.
 */
export const Consignment = model
  .define("consignment", {
    id: model.id({ prefix: "cons" }).primaryKey(),
    order_id: model.text(),
    display_id: model.text(),
    family_order_id: model.text(),
    family_id: model.text(),
    hub: model.text(),
    code: model.text(),
    items: model.json(),
    status: model
      .enum(["awaiting_dropoff", "ready", "received", "rejected", "cancelled"])
      .default("awaiting_dropoff"),
    dropoff_deadline: model.dateTime(),
    ready_at: model.dateTime().nullable(),
    received_at: model.dateTime().nullable(),
    received_by: model.text().nullable(),
    checked_items: model.json().nullable(),
    rejected_at: model.dateTime().nullable(),
    rejected_by: model.text().nullable(),
    rejection_reason: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
    cancellation_reason: model.text().nullable(),
    refund_id: model.text().nullable(),
    reminder_sent_at: model.dateTime().nullable(),
    escalated_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["order_id", "family_id"], unique: true },
    { on: ["code"], unique: true },
    { on: ["family_id", "created_at"] },
    { on: ["status", "hub"] },
  ])
