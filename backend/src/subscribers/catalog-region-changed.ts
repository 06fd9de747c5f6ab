import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"

/** A region may have changed currency: the catalogue looks it up again on the next request. */
export default async function catalogRegionChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await container.resolve<CatalogModuleService>(CATALOG_MODULE).forgetRegion(event.data.id)
}

export const config: SubscriberConfig = {
  event: ["region.updated", "region.deleted"],
  context: { subscriberId: "catalog-region-changed" },
}
