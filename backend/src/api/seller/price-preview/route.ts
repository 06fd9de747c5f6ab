import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { priceInAllCurrencies } from "../../../lib/pricing"
import { PRICING_RATES_MODULE } from "../../../modules/pricing-rates"
import type PricingRatesModuleService from "../../../modules/pricing-rates/service"
import type { SellerPricePreviewQuery } from "../reviews/validators"
import { sellerContext } from "../utils/seller-context"

/**
 * GET /seller/price-preview?price_jod_fils=: what buyers pay for a JOD price in each currency, in minor units,
 * exactly as the pricing queue will set it (today's rates, then price points). Bad or missing price: 400.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, SellerPricePreviewQuery>,
  res: MedusaResponse,
) {
  await sellerContext(req)
  const fils = req.validatedQuery.price_jod_fils
  const rates = await req.scope.resolve<PricingRatesModuleService>(PRICING_RATES_MODULE).currentRates()
  res.json({ price_jod_fils: fils, prices: priceInAllCurrencies(fils, rates) })
}
