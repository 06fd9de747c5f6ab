import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildCatalogue } from "./seed-data/catalogue"
import { buildPendingListings } from "./seed-data/pending-listings"
import { ensurePublishableKey } from "./seed-steps/api-key"
import { ensureCatalog } from "./seed-steps/catalog"
import { ensureCategories } from "./seed-steps/categories"
import { ensureCommissionRules } from "./seed-steps/commission-rules"
import { ensureExchangeRates } from "./seed-steps/exchange-rates"
import { ensureFamilies } from "./seed-steps/families"
import { ensureFamilyLogin } from "./seed-steps/family-login"
import { ensureFamilyProducts } from "./seed-steps/family-products"
import { ensureFulfillmentSet, ensureShippingProfile } from "./seed-steps/fulfillment"
import { writeDemoImages } from "./seed-steps/images"
import { ensureInventoryLevels } from "./seed-steps/inventory"
import { ensureMinistryUsers } from "./seed-steps/ministry-users"
import { ensureRegionPaymentProviders } from "./seed-steps/payment-providers"
import { ensureProducts } from "./seed-steps/products"
import { ensureRegions, ensureTaxRegions } from "./seed-steps/regions"
import { ensureShipping } from "./seed-steps/shipping"
import { ensureStockLocation } from "./seed-steps/stock-location"
import { ensureSalesChannel, ensureStoreSettings } from "./seed-steps/store"
import { SeedSummary } from "./seed-steps/summary"

/**
 * Usra's demo data: `medusa exec ./src/scripts/seed.ts`. Every step looks its records up by name, handle,
 * title or email first, so running it again creates nothing.
 */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const summary = new SeedSummary()
  logger.info("Seeding Usra demo data...")

  const salesChannelId = await ensureSalesChannel(container, summary)
  await ensureStoreSettings(container, salesChannelId, summary)
  await ensureRegions(container, summary)
  await ensureRegionPaymentProviders(container, summary)
  await ensureTaxRegions(container, summary)
  await ensureExchangeRates(container, summary)
  await ensureCommissionRules(container, summary)
  const publishableKey = await ensurePublishableKey(container, salesChannelId, summary)
  const locationId = await ensureStockLocation(container, salesChannelId, summary)
  const shippingProfileId = await ensureShippingProfile(container, summary)
  await ensureFulfillmentSet(container, locationId, summary)
  await ensureShipping(container, { locationId, shippingProfileId }, summary)
  const categoryIds = await ensureCategories(container, summary)

  // The shop's products on sale, and a few new listings waiting for the ministry's moderation.
  const catalogue = [...buildCatalogue(), ...buildPendingListings()]
  const images = await writeDemoImages(catalogue)
  await ensureProducts(container, catalogue, { categoryIds, salesChannelId, shippingProfileId }, summary)
  await ensureInventoryLevels(container, catalogue, locationId, summary)
  await ensureMinistryUsers(container, summary)
  const families = await ensureFamilies(container, summary)
  await ensureFamilyProducts(container, catalogue, families, summary)
  await ensureFamilyLogin(container, summary)
  // Last: the catalogue reads everything above.
  await ensureCatalog(container, summary)

  summary.log(logger, Date.now() - started)
  logger.info(`  demo images written: ${images} (static/demo)`)
  logger.info(`  storefront publishable key: ${publishableKey}`)
}
