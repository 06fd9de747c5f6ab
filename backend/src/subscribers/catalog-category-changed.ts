import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"

/** A category was renamed, given a new handle or deleted: rebuild the rows of its products. */
export default async function catalogCategoryChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await container.resolve<CatalogModuleService>(CATALOG_MODULE).refreshCategory(event.data.id)
}

export const config: SubscriberConfig = {
  event: ["product-category.updated", "product-category.deleted"],
  context: { subscriberId: "catalog-category-changed" },
}
