import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { FULFILLMENT_PROVIDER_ID, STOCK_LOCATION } from "../seed-data/store"
import type { SeedSummary } from "./summary"

type Linked = { id: string } | null

/** The Amman hub: where families' goods are stocked, sold through the storefront and shipped from. */
export async function ensureStockLocation(
  container: MedusaContainer,
  salesChannelId: string,
  summary: SeedSummary,
): Promise<string> {
  const locations = container.resolve(Modules.STOCK_LOCATION)
  let [location] = await locations.listStockLocations({ name: STOCK_LOCATION.name })
  if (location) {
    summary.present("stock location")
  } else {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [STOCK_LOCATION] },
    })
    location = result[0]
    summary.created("stock location")
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id"],
    filters: { id: location.id },
  })
  const has = (links: Linked[] | undefined, id: string) => (links ?? []).some((link) => link?.id === id)

  if (has(data[0]?.sales_channels, salesChannelId)) {
    summary.present("stock location ↔ sales channel link")
  } else {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannelId] },
    })
    summary.created("stock location ↔ sales channel link")
  }

  // Shipping options can only use a provider the location is linked to.
  if (has(data[0]?.fulfillment_providers, FULFILLMENT_PROVIDER_ID)) {
    summary.present("stock location ↔ fulfillment provider link")
  } else {
    await createLinksWorkflow(container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER_ID },
        },
      ],
    })
    summary.created("stock location ↔ fulfillment provider link")
  }
  return location.id
}
