import { type Currency, type CurrencyInput, currencyCode, minorUnits } from "@usra/i18n"

/**
 * - `charm`: up to the next .49 or .99 (14.12 -> 14.49, 14.60 -> 14.99, 14.99 stays), the price points
 *   shoppers in Europe and North America expect.
 * - `whole`: up to the next whole unit (52.01 -> 53.00), as Gulf shops price.
 * - `exact`: unchanged; JOD is the currency families set their prices in.
 */
export type PricePointRule = "charm" | "whole" | "exact"

export const PRICE_POINT_RULES: Readonly<Record<Currency, PricePointRule>> = {
  JOD: "exact",
  USD: "charm",
  EUR: "charm",
  GBP: "charm",
  SAR: "whole",
  AED: "whole",
}

/** Rounds an amount in minor units up to the price point its currency uses. Zero stays zero. */
export function roundToPricePoint(minor: number, currency: CurrencyInput): number {
  if (!Number.isSafeInteger(minor) || minor < 0) {
    throw new Error(`Amount in minor units must be a non-negative safe integer, got ${minor}`)
  }
  const rule = PRICE_POINT_RULES[currencyCode(currency)]
  if (rule === "exact" || minor === 0) return minor

  const unit = 10 ** minorUnits(currency)
  const whole = Math.floor(minor / unit) * unit
  const fraction = minor - whole
  if (rule === "whole") return fraction === 0 ? minor : whole + unit

  const half = unit / 2 - 1
  return whole + (fraction <= half ? half : unit - 1)
}
