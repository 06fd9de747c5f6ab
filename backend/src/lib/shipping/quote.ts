import type { Currency } from "@usra/i18n"
import { convertBetween, roundToPricePoint } from "../pricing"
import { bracketFor, type RateBracket, type ZoneRateCard } from "./brackets"

export type ShippingQuote = {
  /** In the minor units of `currency_code`, the cart's currency. */
  amount: number
  currency_code: string
  bracket: RateBracket
}

export class ParcelTooHeavyError extends Error {
  constructor(grams: number, heaviest: number | null) {
    super(
      `The parcel weighs ${grams} g, more than the heaviest rate bracket of its shipping zone` +
        (heaviest === null ? "" : ` (${heaviest} g)`),
    )
    this.name = "ParcelTooHeavyError"
  }
}

/**
 * The shipping charge of a parcel of `grams` in `currency`: the bracket's price as finance set it when the cart is
 * in the zone's currency; otherwise converted at the ministry's rates and rounded to the currency's price point,
 * as product prices are.
 */
export function quoteShipping(
  card: ZoneRateCard,
  grams: number,
  currency: string,
  rates: Readonly<Record<Currency, string>>,
): ShippingQuote {
  const bracket = bracketFor(card.brackets, grams)
  if (!bracket) throw new ParcelTooHeavyError(grams, card.brackets.at(-1)?.max_weight_g ?? null)
  const amount =
    card.currency_code.toLowerCase() === currency.toLowerCase()
      ? bracket.price
      : roundToPricePoint(convertBetween(bracket.price, card.currency_code, currency, rates), currency)
  return { amount, currency_code: currency.toLowerCase(), bracket }
}
