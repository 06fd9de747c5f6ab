import { model } from "@medusajs/framework/utils"
import { ONBOARDING_STATUSES, PAYOUT_RAILS } from "../constants"

/** Where a family is paid: a Jordanian IBAN or CliQ alias (bank_cliq), or a Stripe connected account. */
export const PayoutAccount = model.define("payout_account", {
  id: model.id({ prefix: "pacc" }).primaryKey(),
  family_id: model.text().unique(),
  rail: model.enum([...PAYOUT_RAILS]).default("bank_cliq"),
  iban: model.text().nullable(),
  cliq_alias: model.text().nullable(),
  account_holder_name: model.text(),
  stripe_account_id: model.text().nullable(),
  onboarding_status: model.enum([...ONBOARDING_STATUSES]).default("not_started"),
})
