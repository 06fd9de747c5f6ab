import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"

/** A variant changed (prices, stock rules, a new or removed variant): rebuild its product's rows. */
export default async function catalogVariantChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await container.resolve<CatalogModuleService>(CATALOG_MODULE).refreshVariants([event.data.id])
}

export const config: SubscriberConfig = {
  event: ["product-variant.created", "product-variant.updated", "product-variant.deleted"],
  context: { subscriberId: "catalog-variant-changed" },
}
