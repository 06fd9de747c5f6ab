import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"

/** A product was created, edited (words, status, photos, JOD price, category) or deleted: rebuild its rows. */
export default async function catalogProductChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await container.resolve<CatalogModuleService>(CATALOG_MODULE).refreshProducts([event.data.id])
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted"],
  context: { subscriberId: "catalog-product-changed" },
}
