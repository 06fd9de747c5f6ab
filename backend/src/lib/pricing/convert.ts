import { type Currency, type CurrencyInput, currencyCode, minorUnits } from "@usra/i18n"
import { DEFAULT_RATES_FROM_JOD, parseRate } from "./rates"

const FILS_PER_DINAR = 10n ** BigInt(minorUnits("JOD"))

/**
 * Converts an amount in fils to the minor units of `currency` at `rate` (units of that currency per dinar),
 * rounding half up to the nearest minor unit. Price points are applied separately (see roundToPricePoint).
 */
export function convertFromJod(
  fils: number,
  currency: CurrencyInput,
  rate: string = DEFAULT_RATES_FROM_JOD[currencyCode(currency)],
): number {
  if (!Number.isSafeInteger(fils) || fils < 0) {
    throw new Error(`Amount in fils must be a non-negative safe integer, got ${fils}`)
  }
  const { units, divisor } = parseRate(rate)
  const numerator = BigInt(fils) * units * 10n ** BigInt(minorUnits(currency))
  const denominator = FILS_PER_DINAR * divisor
  const minor = Number((numerator * 2n + denominator) / (denominator * 2n))
  if (!Number.isSafeInteger(minor)) throw new Error(`Converted amount of ${fils} fils is too large`)
  return minor
}

/**
 * Converts minor units of one currency to another through the dinar: `rates` say how many units of each
 * currency one JOD buys. One rounding (half up) at the end, so X -> Y is as exact as X -> JOD -> Y can be.
 */
export function convertBetween(
  minor: number,
  from: CurrencyInput,
  to: CurrencyInput,
  rates: Readonly<Record<Currency, string>> = DEFAULT_RATES_FROM_JOD,
): number {
  if (!Number.isSafeInteger(minor) || minor < 0) {
    throw new Error(`Amount in minor units must be a non-negative safe integer, got ${minor}`)
  }
  const source = parseRate(rates[currencyCode(from)])
  const target = parseRate(rates[currencyCode(to)])
  // minor / 10^mFrom / rateFrom * rateTo * 10^mTo, with each rate as units / divisor
  const numerator = BigInt(minor) * target.units * source.divisor * 10n ** BigInt(minorUnits(to))
  const denominator = source.units * target.divisor * 10n ** BigInt(minorUnits(from))
  const converted = Number((numerator * 2n + denominator) / (denominator * 2n))
  if (!Number.isSafeInteger(converted)) throw new Error(`Converted amount of ${minor} is too large`)
  return converted
}
