import { MedusaError } from "@medusajs/framework/utils"
import { type Currency, currencyCode } from "@usra/i18n"
import type { ZoneRateCard } from "./brackets"
import { ParcelTooHeavyError, quoteShipping } from "./quote"
import { type ParcelWeight, parcelWeight, type WeighableItem } from "./weight"
import type { ShippingZone } from "./zones"

export type ParcelPrice = {
  /** In the minor units of the cart's currency. */
  amount: number
  currency_code: string
  weight: ParcelWeight
}

/** The zone's rate card, or 404 when finance has set no rates for it. */
export function requireRateCard(zone: ShippingZone, card: ZoneRateCard | undefined): ZoneRateCard {
  if (!card?.brackets.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No shipping rates are set for the ${zone} zone`)
  }
  return card
}

/**
 * What a cart's parcel costs to ship to `zone`: one rule for the hub provider's price (what the buyer pays) and the
 * shop's estimate (what the buyer is told). 404 when the zone has no rates; 400 (not allowed) when the parcel is
 * heavier than the zone's heaviest bracket.
 */
export function priceParcel(input: {
  zone: ShippingZone
  card: ZoneRateCard | undefined
  rates: Readonly<Record<Currency, string>>
  items: readonly WeighableItem[]
  currency: string
}): ParcelPrice {
  const { rates, items } = input
  const card = requireRateCard(input.zone, input.card)
  const currency = currencyCode(input.currency).toLowerCase()
  const weight = parcelWeight(items)
  try {
    const quote = quoteShipping(card, weight.grams, currency, rates)
    return { amount: quote.amount, currency_code: quote.currency_code, weight }
  } catch (error) {
    if (error instanceof ParcelTooHeavyError) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${error.message}; split it into several orders`)
    }
    throw error
  }
}
