import { z } from "zod"
import {
  isRateCurrency,
  RATE_CURRENCIES,
  type RateTable,
  rateProblem,
} from "../../../modules/pricing-rates/rate-rules"

const CURRENCY_LIST = RATE_CURRENCIES.join(", ")

/** `{ rates: { usd?: "1.41", ... } }`: each rule broken gives a message naming the currency and the rule. */
export const AdminUpdateExchangeRates = z.strictObject({
  rates: z
    .record(z.string(), z.unknown(), { error: `rates must be an object such as { "usd": "1.41" }` })
    .superRefine((rates, ctx) => {
      const entries = Object.entries(rates)
      if (entries.length === 0) {
        ctx.addIssue({ code: "custom", message: `rates must set at least one of: ${CURRENCY_LIST}` })
      }
      for (const [currency, rate] of entries) {
        const path = [currency]
        if (!isRateCurrency(currency)) {
          const base = currency.toLowerCase() === "jod" ? " (jod is the base: 1 JOD = rate units)" : ""
          ctx.addIssue({
            code: "custom",
            path,
            message: `rates.${currency}: unknown currency${base}; rates can be set for ${CURRENCY_LIST}`,
          })
        } else if (typeof rate !== "string") {
          ctx.addIssue({ code: "custom", path, message: `rates.${currency} must be a string such as "1.41"` })
        } else {
          const problem = rateProblem(rate)
          if (problem) ctx.addIssue({ code: "custom", path, message: `rates.${currency} ${problem}` })
        }
      }
    })
    .transform((rates) => rates as Partial<RateTable>),
})
export type AdminUpdateExchangeRates = z.infer<typeof AdminUpdateExchangeRates>
