import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureHubProviderLink, ensureShippingOptions } from "./shipping-options"
import { ensureRateCards } from "./shipping-rates"
import type { SeedSummary } from "./summary"

/** Weight-bracket rates per zone and one calculated option per service zone, priced by the hub provider. */
export async function ensureShipping(
  container: MedusaContainer,
  context: { locationId: string; shippingProfileId: string },
  summary: SeedSummary,
): Promise<void> {
  await ensureRateCards(container, summary)
  await ensureHubProviderLink(container, context.locationId, summary)
  await ensureShippingOptions(container, context.shippingProfileId, summary)
}
