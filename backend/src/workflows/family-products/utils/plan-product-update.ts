import type { ProductStatus } from "@medusajs/framework/utils"
import { toMinor } from "@usra/i18n"
import { listingStatusAfterEdit, medusaStatusFor } from "../../../lib/listings/lifecycle"
import { isBasePrice, type VariantPricePlan } from "../../pricing/utils/plan-variant-prices"
import { type FamilyProductFields, metadataFromFields } from "./product-fields"
import { type FamilyProductRecord, listingOf, onlyVariant, priceFilsOf, stockLevel } from "./product-record"

export type ProductUpdatePlan = {
  /** The fields that really change; the same value sent again changes nothing. */
  changed: string[]
  product: {
    id: string
    title?: string
    description?: string
    weight?: number
    category_ids?: string[]
    status: ProductStatus
    metadata: Record<string, unknown>
  } | null
  variant: { id: string; weight: number } | null
  /** Only the JOD price, in fils: it is exact, so it is written at once; the other five follow by job. */
  jod_writes: VariantPricePlan["writes"]
  stock: { inventory_item_id: string; location_id: string; stocked_quantity: number; exists: boolean } | null
}

const EMPTY: ProductUpdatePlan = { changed: [], product: null, variant: null, jod_writes: [], stock: null }

function changedFields(
  current: FamilyProductRecord,
  fields: Partial<FamilyProductFields>,
  categoryId: string | null,
): string[] {
  const metadata = current.metadata ?? {}
  const before: Record<keyof FamilyProductFields, unknown> = {
    title_en: current.title,
    title_ar: metadata.title_ar,
    description_en: current.description,
    description_ar: metadata.description_ar,
    category: current.categories?.[0]?.id,
    price_jod_fils: priceFilsOf(current),
    stock: stockLevel(current).stocked_quantity,
    weight_grams: current.weight === null ? null : Number(current.weight),
    processing_days: metadata.processing_days,
    materials_en: metadata.materials_en,
    materials_ar: metadata.materials_ar,
  }
  return (Object.keys(fields) as (keyof FamilyProductFields)[]).filter((key) => {
    const next = key === "category" ? categoryId : fields[key]
    return next !== undefined && next !== before[key]
  })
}

/** What to write for an edit, and the listing status it leaves the product in. */
export function planProductUpdate(
  current: FamilyProductRecord,
  fields: Partial<FamilyProductFields>,
  context: { family_status: string; category_id: string | null; stock_location_id: string },
): ProductUpdatePlan {
  const changed = changedFields(current, fields, context.category_id)
  if (changed.length === 0) return EMPTY
  const has = (field: keyof FamilyProductFields) => changed.includes(field)
  const listing = listingStatusAfterEdit(listingOf(current), changed)
  const pick = Object.fromEntries(changed.map((key) => [key, fields[key as keyof FamilyProductFields]]))

  const product: NonNullable<ProductUpdatePlan["product"]> = {
    id: current.id,
    status: medusaStatusFor(listing, context.family_status) as ProductStatus,
    metadata: { ...current.metadata, ...metadataFromFields(pick), listing_status: listing },
  }
  if (has("title_en")) product.title = fields.title_en
  if (has("description_en")) product.description = fields.description_en
  if (has("weight_grams")) product.weight = fields.weight_grams
  if (has("category") && context.category_id) product.category_ids = [context.category_id]

  const variant = onlyVariant(current)
  const plan: ProductUpdatePlan = { changed, product, variant: null, jod_writes: [], stock: null }
  if (variant && has("weight_grams")) plan.variant = { id: variant.id, weight: fields.weight_grams as number }

  if (has("price_jod_fils") && variant?.price_set) {
    const jod = (variant.price_set.prices ?? []).find(
      (price) => price.currency_code.toLowerCase() === "jod" && isBasePrice(price),
    )
    plan.jod_writes = [
      {
        price_set_id: variant.price_set.id,
        prices: [
          {
            id: jod?.id,
            currency_code: "jod",
            amount: fields.price_jod_fils as number,
            previous_amount: jod ? toMinor(jod.amount, "jod") : undefined,
          },
        ],
      },
    ]
  }

  if (has("stock")) {
    const level = stockLevel(current)
    if (level.inventory_item_id) {
      plan.stock = {
        inventory_item_id: level.inventory_item_id,
        location_id: level.location_id ?? context.stock_location_id,
        stocked_quantity: fields.stock as number,
        exists: Boolean(level.location_id),
      }
    }
  }
  return plan
}
