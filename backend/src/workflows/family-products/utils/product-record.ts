import { type ListingStatus, listingStatusOf } from "../../../lib/listings/lifecycle"
import type { StoredPrice } from "../../pricing/utils/plan-variant-prices"
import { jodFils } from "../../pricing/utils/plan-variant-prices"

/** What the family-product workflows and routes read of a product (query.graph, `amount` in major units). */
export const FAMILY_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "thumbnail",
  "weight",
  "metadata",
  "created_at",
  "updated_at",
  "images.id",
  "images.url",
  "images.rank",
  "categories.id",
  "categories.handle",
  "variants.id",
  "variants.sku",
  "variants.title",
  "variants.weight",
  "variants.price_set.id",
  "variants.price_set.prices.id",
  "variants.price_set.prices.currency_code",
  "variants.price_set.prices.amount",
  "variants.price_set.prices.price_list_id",
  "variants.price_set.prices.rules_count",
  "variants.price_set.prices.min_quantity",
  "variants.price_set.prices.max_quantity",
  "variants.inventory_items.inventory_item_id",
  "variants.inventory_items.inventory.location_levels.id",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "family.id",
  "family.handle",
  "family.name_ar",
  "family.name_en",
  "family.status",
  "family.governorate",
]

export type FamilyProductRecord = {
  id: string
  handle: string
  title: string
  description: string | null
  status: string
  thumbnail: string | null
  weight: number | string | null
  metadata: Record<string, unknown> | null
  created_at: string | Date
  updated_at: string | Date
  images?: { id: string; url: string; rank?: number | null }[] | null
  categories?: { id: string; handle: string }[] | null
  variants?:
    | {
        id: string
        sku: string | null
        title: string | null
        weight: number | string | null
        price_set?: { id: string; prices?: StoredPrice[] | null } | null
        inventory_items?:
          | {
              inventory_item_id: string
              inventory?: {
                location_levels?:
                  | { id: string; location_id: string; stocked_quantity: number | string }[]
                  | null
              } | null
            }[]
          | null
      }[]
    | null
  family?: {
    id: string
    handle: string
    name_ar: string
    name_en: string
    status: string
    governorate: string | null
  } | null
}

/** The one variant a family product has (the seed's shape: option "Size" = "Standard"). */
export function onlyVariant(product: FamilyProductRecord) {
  return product.variants?.[0]
}

/** The stock level at the hub: the product's single inventory item at its single location. */
export function stockLevel(product: FamilyProductRecord) {
  const item = onlyVariant(product)?.inventory_items?.[0]
  const level = item?.inventory?.location_levels?.[0]
  return {
    inventory_item_id: item?.inventory_item_id,
    location_id: level?.location_id,
    stocked_quantity: level ? Number(level.stocked_quantity) : 0,
  }
}

export function listingOf(product: FamilyProductRecord): ListingStatus {
  return listingStatusOf(product)
}

export function priceFilsOf(product: FamilyProductRecord): number | undefined {
  return jodFils(product.metadata)
}
