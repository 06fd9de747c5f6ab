import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isShippingZone } from "../../../lib/shipping/zones"
import { HUB_FULFILLMENT_PROVIDER_ID } from "../../../modules/hub-fulfillment/constants"
import { SHIPPING_RATES_MODULE } from "../../../modules/shipping-rates"
import type ShippingRatesModuleService from "../../../modules/shipping-rates/service"

/**
 * GET /store/shipping-zones: where the hub ships and how long the parcel travels, so a product page can say
 * when it arrives before there is a cart: each zone's countries and transit days (no prices: those depend on
 * the parcel, see /store/carts/:id/shipping-estimate). Takes no parameters.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "data", "service_zone.geo_zones.country_code"],
    filters: { provider_id: HUB_FULFILLMENT_PROVIDER_ID },
  })
  const countries = new Map<string, Set<string>>()
  for (const option of options) {
    const zone = (option.data as Record<string, unknown> | null)?.zone
    if (!isShippingZone(zone)) continue
    const set = countries.get(zone) ?? new Set<string>()
    for (const geo of option.service_zone?.geo_zones ?? []) if (geo?.country_code) set.add(geo.country_code)
    countries.set(zone, set)
  }
  const cards = await req.scope.resolve<ShippingRatesModuleService>(SHIPPING_RATES_MODULE).rateCards()
  res.json({
    shipping_zones: cards
      .filter((card) => countries.has(card.zone))
      .map((card) => ({
        zone: card.zone,
        countries: [...(countries.get(card.zone) ?? [])].sort(),
        transit_days: card.transit_days,
      })),
  })
}
