import { model } from "@medusajs/framework/utils"
import { RATE_CURRENCIES } from "../rate-rules"

/** The live rate of one buyer currency: 1 JOD = `rate` units, kept as the exact decimal string finance typed. */
export const ExchangeRate = model
  .define("exchange_rate", {
    id: model.id({ prefix: "exr" }).primaryKey(),
    currency_code: model.enum([...RATE_CURRENCIES]),
    rate: model.text(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["currency_code"], unique: true }])
