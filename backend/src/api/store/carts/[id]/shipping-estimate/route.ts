import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deliveryWindow, slowestProcessingDays } from "../../../../../lib/shipping/delivery-window"
import { priceParcel, requireRateCard } from "../../../../../lib/shipping/price-parcel"
import { isShippingZone } from "../../../../../lib/shipping/zones"
import { PRICING_RATES_MODULE } from "../../../../../modules/pricing-rates"
import type PricingRatesModuleService from "../../../../../modules/pricing-rates/service"
import { SHIPPING_RATES_MODULE } from "../../../../../modules/shipping-rates"
import type ShippingRatesModuleService from "../../../../../modules/shipping-rates/service"
import { findHubOption } from "./find-hub-option"
import { readCartParcel } from "./read-parcel"

/**
 * GET /store/carts/:id/shipping-estimate: the cart's one shipping option with its price (minor units of the
 * cart's currency), the parcel's weight, and when it should arrive: the slowest family's processing days plus the
 * zone's transit days. 400 without a shipping address, or for a parcel heavier than the zone's heaviest bracket;
 * 404 for an unknown cart, a country no zone serves, or a zone without rates.
 *
 * It reads only what the estimate needs: the option the hub provider would price, and the same price rule
 * (priceParcel), without Medusa's generic listing of every option with its price.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const cart = await readCartParcel(req.scope, req.params.id as string)
  const country = cart.shipping_address?.country_code
  if (!country) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "shipping_address: add a shipping address first; the estimate depends on the country the parcel goes to",
    )
  }
  const option = await findHubOption(req.scope, cart, country)
  const zone = option?.data?.zone
  if (!option || !isShippingZone(zone)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No shipping option ships to ${country.toUpperCase()}`)
  }
  const shippingRates = req.scope.resolve<ShippingRatesModuleService>(SHIPPING_RATES_MODULE)
  const card = requireRateCard(zone, await shippingRates.rateCard(zone))
  const rates = await req.scope.resolve<PricingRatesModuleService>(PRICING_RATES_MODULE).currentRates()
  const price = priceParcel({ zone, card, rates, items: cart.items, currency: cart.currency_code })

  const processingDays = slowestProcessingDays(cart.items.map((item) => item.product ?? {}))
  res.json({
    shipping_estimate: {
      option_id: option.id,
      zone,
      amount: price.amount,
      currency_code: price.currency_code,
      total_weight_g: price.weight.grams,
      processing_days: processingDays,
      transit_days: card.transit_days,
      delivery_days: deliveryWindow(processingDays, card.transit_days),
    },
  })
}
