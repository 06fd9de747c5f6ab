import type { MedusaContainer } from "@medusajs/framework/types"
import type { Currency } from "@usra/i18n"
import { DEFAULT_RATES_FROM_JOD } from "../../lib/pricing"
import { PRICING_RATES_MODULE } from "../../modules/pricing-rates"
import { RATE_CURRENCIES, type RateTable } from "../../modules/pricing-rates/rate-rules"
import type PricingRatesModuleService from "../../modules/pricing-rates/service"
import type { SeedSummary } from "./summary"

/** Stores the launch rates the demo prices are computed at, for currencies that have no rate yet. */
export async function ensureExchangeRates(container: MedusaContainer, summary: SeedSummary): Promise<void> {
  const rates = container.resolve<PricingRatesModuleService>(PRICING_RATES_MODULE)
  const present = new Set(
    (await rates.listExchangeRates({}, { select: ["currency_code"] })).map((row) => row.currency_code),
  )
  const missing = RATE_CURRENCIES.filter((currency) => !present.has(currency))
  if (missing.length > 0) {
    const defaults: Partial<RateTable> = {}
    for (const currency of missing)
      defaults[currency] = DEFAULT_RATES_FROM_JOD[currency.toUpperCase() as Currency]
    await rates.setRates(defaults, null)
  }
  summary.record("exchange rates", missing.length, present.size)
}
