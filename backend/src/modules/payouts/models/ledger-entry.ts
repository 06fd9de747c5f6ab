import { model } from "@medusajs/framework/utils"
import { LEDGER_KINDS } from "../constants"

/**
 * One line of a family's money, in JOD fils, never updated or deleted: sales are positive, commission, refunds,
 * clawbacks and payouts negative, adjustments (a failed payout's money coming back) positive. A family's balance
 * is the sum of its lines. The unique index is the real guard that a job run twice books a line once: `order_id`
 * is '' for lines not about an order, `reference` names the refund or payout a line is about ('' otherwise).
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "led" }).primaryKey(),
    family_id: model.text(),
    order_id: model.text().default(""),
    kind: model.enum([...LEDGER_KINDS]),
    amount: model.number(),
    reference: model.text().default(""),
    description_ar: model.text().default(""),
    description_en: model.text().default(""),
    metadata: model.json().nullable(),
    created_by_job: model.text().nullable(),
  })
  .indexes([
    { on: ["family_id", "order_id", "kind", "reference"], unique: true },
    { on: ["family_id", "created_at"] },
  ])
