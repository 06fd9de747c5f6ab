import { model } from "@medusajs/framework/utils"
import { PAYOUT_RUN_STATUSES, PAYOUT_RUN_TRIGGERS } from "../constants"

/**
 * One pass over every family's balance. `key` is the business key: a manual run's own id, or the scheduler's
 * tick for a scheduled one, so a job that runs twice works on the same run.
 */
export const PayoutRun = model.define("payout_run", {
  id: model.id({ prefix: "prun" }).primaryKey(),
  key: model.text().unique(),
  status: model.enum([...PAYOUT_RUN_STATUSES]).default("pending"),
  trigger: model.enum([...PAYOUT_RUN_TRIGGERS]),
  threshold: model.number(),
  created_by: model.text().nullable(),
  started_at: model.dateTime().nullable(),
  completed_at: model.dateTime().nullable(),
  payout_count: model.number().default(0),
  total_amount: model.bigNumber().default(0),
  skipped_without_account: model.number().default(0),
  skipped_unresolved: model.number().default(0),
  skipped_family_ids: model.json().nullable(),
  error: model.text().nullable(),
})
