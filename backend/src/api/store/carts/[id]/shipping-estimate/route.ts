import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import { toMinor } from "@usra/i18n"
import { deliveryWindow, slowestProcessingDays } from "../../../../../lib/shipping/delivery-window"
import { parcelWeight } from "../../../../../lib/shipping/weight"
import { isShippingZone } from "../../../../../lib/shipping/zones"
import { HUB_FULFILLMENT_PROVIDER_ID } from "../../../../../modules/hub-fulfillment/constants"
import { SHIPPING_RATES_MODULE } from "../../../../../modules/shipping-rates"
import type ShippingRatesModuleService from "../../../../../modules/shipping-rates/service"
import { readCartParcel } from "./read-parcel"

/**
 * GET /store/carts/:id/shipping-estimate: the cart's one shipping option with its price (minor units of the
 * cart's currency), the parcel's weight, and when it should arrive: the slowest family's processing days plus the
 * zone's transit days. 400 without a shipping address; 404 for an unknown cart or a country no zone serves.
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
  const { result: options } = await listShippingOptionsForCartWithPricingWorkflow(req.scope).run({
    input: { cart_id: cart.id, is_return: false, enabled_in_store: true },
  })
  const option = options.find((candidate) => candidate.provider_id === HUB_FULFILLMENT_PROVIDER_ID)
  const zone = option?.data?.zone
  if (!option || !isShippingZone(zone)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No shipping option ships to ${country.toUpperCase()}`)
  }
  const card = await req.scope.resolve<ShippingRatesModuleService>(SHIPPING_RATES_MODULE).rateCard(zone)
  if (!card)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No shipping rates are set for the ${zone} zone`)

  const processingDays = slowestProcessingDays(cart.items.map((item) => item.product ?? {}))
  res.json({
    shipping_estimate: {
      option_id: option.id,
      zone,
      amount: toMinor(Number(option.amount), cart.currency_code),
      currency_code: cart.currency_code,
      total_weight_g: parcelWeight(cart.items).grams,
      processing_days: processingDays,
      transit_days: card.transit_days,
      delivery_days: deliveryWindow(processingDays, card.transit_days),
    },
  })
}
