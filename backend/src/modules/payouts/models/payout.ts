import { model } from "@medusajs/framework/utils"
import { PAYOUT_RAILS, PAYOUT_STATUSES } from "../constants"

/**
 * Money leaving a family's balance in one run. Its id is the idempotency key towards Stripe and the reference
 * on the bank file; the unique (family_id, run_id) index means a run pays a family at most once.
 */
export const Payout = model
  .define("payout", {
    id: model.id({ prefix: "pay" }).primaryKey(),
    family_id: model.text(),
    run_id: model.text(),
    batch_id: model.text().nullable(),
    amount: model.number(),
    rail: model.enum([...PAYOUT_RAILS]),
    status: model.enum([...PAYOUT_STATUSES]).default("pending"),
    destination: model.json(),
    stripe_transfer_id: model.text().nullable(),
    stripe_reversal_id: model.text().nullable(),
    failure_reason: model.text().nullable(),
    bank_reference: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
  })
  .indexes([
    { on: ["family_id", "run_id"], unique: true },
    { on: ["batch_id"] },
    { on: ["family_id", "status"] },
    { on: ["run_id", "rail", "status"] },
  ])
