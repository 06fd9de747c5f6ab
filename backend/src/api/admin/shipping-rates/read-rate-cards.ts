import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  type RateRow,
  type StoredRateCard,
  toRateCards,
  type ZoneRow,
} from "../../../lib/shipping/rate-cards"
import type { ShippingZone } from "../../../lib/shipping/zones"

/** The stored rate cards (one zone, or all), as finance edits them: prices in minor units, weights in grams. */
export async function readRateCards(scope: MedusaContainer, zone?: ShippingZone): Promise<StoredRateCard[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters = zone ? { zone } : {}
  const [zones, rates] = await Promise.all([
    query.graph({
      entity: "shipping_zone",
      fields: ["zone", "transit_days_min", "transit_days_max", "updated_by", "updated_at"],
      filters,
    }),
    query.graph({
      entity: "shipping_zone_rate",
      fields: ["zone", "max_weight_g", "price", "currency_code"],
      filters,
    }),
  ])
  return toRateCards(zones.data as ZoneRow[], rates.data as RateRow[])
}
