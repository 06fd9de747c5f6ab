import type { ShippingZone } from "./zones"

/** A weight bracket: parcels up to `max_weight_g` grams (null: any heavier parcel) cost `price` minor units. */
export type RateBracket = { max_weight_g: number | null; price: number }

/** One zone's rate card: every price is in `currency_code`, and the brackets run from lightest to heaviest. */
export type ZoneRateCard = {
  zone: ShippingZone
  currency_code: string
  transit_days: { min: number; max: number }
  brackets: RateBracket[]
}

/** Lightest first, the open-ended bracket last. */
export function sortBrackets<T extends RateBracket>(brackets: readonly T[]): T[] {
  const bound = (bracket: RateBracket) => bracket.max_weight_g ?? Number.POSITIVE_INFINITY
  return [...brackets].sort((a, b) => bound(a) - bound(b))
}

/** The bracket a parcel of `grams` falls in (its upper bound is inclusive), or undefined when it is too heavy. */
export function bracketFor(brackets: readonly RateBracket[], grams: number): RateBracket | undefined {
  return sortBrackets(brackets).find(
    (bracket) => bracket.max_weight_g === null || grams <= bracket.max_weight_g,
  )
}
