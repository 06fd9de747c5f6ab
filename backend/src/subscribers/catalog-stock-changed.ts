import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"

/**
 * Stock moved: a family changed its stock (inventory levels), an order reserved some, or a cancellation gave it
 * back. The rows' stock flag and popularity follow.
 */
export default async function catalogStockChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
  if (event.name.startsWith("order.")) await catalog.refreshOrder(event.data.id)
  else await catalog.refreshInventoryLevels([event.data.id])
}

export const config: SubscriberConfig = {
  event: [
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    "order.placed",
    "order.canceled",
  ],
  context: { subscriberId: "catalog-stock-changed" },
}
