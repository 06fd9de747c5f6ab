import type { MedusaContainer } from "@medusajs/framework/types"
import { SHIPPING_RATES_MODULE } from "../../modules/shipping-rates"
import type ShippingRatesModuleService from "../../modules/shipping-rates/service"
import { RATE_CARDS } from "../seed-data/shipping-rates"
import type { SeedSummary } from "./summary"

/** The launch rate card of every zone that has none; a zone finance has edited is left as it is. */
export async function ensureRateCards(container: MedusaContainer, summary: SeedSummary): Promise<void> {
  const rates = container.resolve<ShippingRatesModuleService>(SHIPPING_RATES_MODULE)
  const present = new Set((await rates.rateCards()).map((card) => card.zone))
  const missing = RATE_CARDS.filter((card) => !present.has(card.zone))
  for (const card of missing) await rates.replaceRateCard(card, null)
  summary.record("shipping rate cards", missing.length, RATE_CARDS.length - missing.length)
}
