import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { currencyCode } from "@usra/i18n"
import { DEFAULT_RATES_FROM_JOD } from "../../../lib/pricing"
import { RATE_CURRENCIES } from "../../../modules/pricing-rates/rate-rules"

export type ExchangeRateView = { currency_code: string; rate: string; updated_at: string | Date | null }

/**
 * Every buyer currency's rate as pricing uses it: the stored one, or the launch default (updated_at null) for
 * a currency finance never set.
 */
export async function readExchangeRates(scope: MedusaContainer): Promise<ExchangeRateView[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "exchange_rate",
    fields: ["currency_code", "rate", "updated_at"],
  })
  const stored = new Map(data.map((row) => [row.currency_code as string, row]))
  return RATE_CURRENCIES.map((currency_code) => {
    const row = stored.get(currency_code)
    return row
      ? { currency_code, rate: row.rate as string, updated_at: row.updated_at as Date }
      : {
          currency_code,
          rate: DEFAULT_RATES_FROM_JOD[currencyCode(currency_code)],
          updated_at: null,
        }
  })
}
