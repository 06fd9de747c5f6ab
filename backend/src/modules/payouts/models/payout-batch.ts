import { model } from "@medusajs/framework/utils"
import { PAYOUT_BATCH_STATUSES } from "../constants"

/** A run's bank/CliQ payouts as one transfer file that finance approves, sends to the bank and marks paid. */
export const PayoutBatch = model.define("payout_batch", {
  id: model.id({ prefix: "pbat" }).primaryKey(),
  run_id: model.text().unique(),
  rail: model.enum(["bank_cliq"]).default("bank_cliq"),
  status: model.enum([...PAYOUT_BATCH_STATUSES]).default("pending_approval"),
  approved_by: model.text().nullable(),
  approved_at: model.dateTime().nullable(),
  paid_at: model.dateTime().nullable(),
  paid_by: model.text().nullable(),
  bank_reference: model.text().nullable(),
  total: model.bigNumber().default(0),
  count: model.number().default(0),
})
