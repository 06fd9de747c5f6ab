import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedProduct } from "../seed-data/types"
import type { SeedSummary } from "./summary"

interface VariantInventory {
  sku: string | null
  inventory_items: Array<{ inventory_item_id: string } | null> | null
}

/** Stocks each demo variant's inventory item at the hub, once; later stock changes are left alone. */
export async function ensureInventoryLevels(
  container: MedusaContainer,
  catalogue: readonly SeedProduct[],
  locationId: string,
  summary: SeedSummary,
): Promise<void> {
  const stockBySku = new Map(catalogue.map((product) => [product.sku, product.stock]))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { sku: [...stockBySku.keys()] },
  })

  const stockByItem = new Map<string, number>()
  for (const variant of data as VariantInventory[]) {
    const stock = variant.sku ? stockBySku.get(variant.sku) : undefined
    if (stock === undefined) continue
    for (const link of variant.inventory_items ?? []) {
      if (link) stockByItem.set(link.inventory_item_id, stock)
    }
  }

  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: [...stockByItem.keys()], location_id: locationId },
    { select: ["inventory_item_id"], take: null },
  )
  const stocked = new Set(levels.map((level) => level.inventory_item_id))
  const missing = [...stockByItem].filter(([itemId]) => !stocked.has(itemId))
  if (missing.length > 0) {
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: missing.map(([inventory_item_id, stocked_quantity]) => ({
          inventory_item_id,
          location_id: locationId,
          stocked_quantity,
        })),
      },
    })
  }
  summary.record("inventory levels", missing.length, stocked.size)
}
