import type { Currency } from "@usra/i18n"
import { convertFromJod } from "./convert"
import { roundToPricePoint } from "./price-points"
import { DEFAULT_RATES_FROM_JOD } from "./rates"

/** One price in the minor units of every currency Usra sells in, keyed by Medusa's lower-case codes. */
export type PriceSet = Record<Lowercase<Currency>, number>

/** A family's JOD price shown in every buyer currency: converted at `rates`, then rounded to a price point. */
export function priceInAllCurrencies(
  fils: number,
  rates: Readonly<Record<Currency, string>> = DEFAULT_RATES_FROM_JOD,
): PriceSet {
  const inCurrency = (currency: Currency) =>
    roundToPricePoint(convertFromJod(fils, currency, rates[currency]), currency)
  return {
    jod: inCurrency("JOD"),
    usd: inCurrency("USD"),
    eur: inCurrency("EUR"),
    gbp: inCurrency("GBP"),
    sar: inCurrency("SAR"),
    aed: inCurrency("AED"),
  }
}
