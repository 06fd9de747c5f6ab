import { type RateBracket, sortBrackets, type ZoneRateCard } from "./brackets"
import { SHIPPING_ZONES, type ShippingZone } from "./zones"

export type ZoneRow = {
  zone: string
  transit_days_min: number
  transit_days_max: number
  updated_by?: string | null
  updated_at?: Date | string | null
}
export type RateRow = { zone: string; max_weight_g: number | null; price: number; currency_code: string }

export type StoredRateCard = ZoneRateCard & { updated_by: string | null; updated_at: Date | string | null }

/** The stored rows as one card per zone, zones in their usual order, each card's brackets lightest first. */
export function toRateCards(zones: readonly ZoneRow[], rates: readonly RateRow[]): StoredRateCard[] {
  const order = (zone: string) => SHIPPING_ZONES.indexOf(zone as ShippingZone)
  return [...zones]
    .sort((a, b) => order(a.zone) - order(b.zone))
    .map((zone) => {
      const own = rates.filter((rate) => rate.zone === zone.zone)
      return {
        zone: zone.zone as ShippingZone,
        currency_code: own[0]?.currency_code ?? "",
        transit_days: { min: zone.transit_days_min, max: zone.transit_days_max },
        brackets: sortBrackets(own.map(({ max_weight_g, price }): RateBracket => ({ max_weight_g, price }))),
        updated_by: zone.updated_by ?? null,
        updated_at: zone.updated_at ?? null,
      }
    })
}
