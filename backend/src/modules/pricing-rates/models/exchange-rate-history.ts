import { model } from "@medusajs/framework/utils"
import { RATE_CURRENCIES } from "../rate-rules"

/** Append-only: one row per change of a rate; `old_rate` is null for the first rate a currency gets. */
export const ExchangeRateHistory = model
  .define("exchange_rate_history", {
    id: model.id({ prefix: "exrh" }).primaryKey(),
    currency_code: model.enum([...RATE_CURRENCIES]),
    old_rate: model.text().nullable(),
    new_rate: model.text(),
    changed_by: model.text().nullable(),
    changed_at: model.dateTime(),
  })
  .indexes([{ on: ["currency_code", "changed_at"] }])
