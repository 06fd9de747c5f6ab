import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toMinor } from "@usra/i18n"
import {
  FAMILY_PRODUCT_FIELDS,
  type FamilyProductRecord,
  listingOf,
  onlyVariant,
  priceFilsOf,
  stockLevel,
} from "../../workflows/family-products/utils/product-record"
import { isBasePrice } from "../../workflows/pricing/utils/plan-variant-prices"

/** A family's product as the family and the ministry see it; prices in minor units of each currency. */
export function familyProductView(product: FamilyProductRecord) {
  const metadata = product.metadata ?? {}
  const prices: Record<string, number> = {}
  for (const price of onlyVariant(product)?.price_set?.prices ?? []) {
    const code = price.currency_code.toLowerCase()
    if (isBasePrice(price) && prices[code] === undefined) prices[code] = toMinor(price.amount, code)
  }
  return {
    id: product.id,
    handle: product.handle,
    title_en: product.title,
    title_ar: metadata.title_ar ?? null,
    description_en: product.description,
    description_ar: metadata.description_ar ?? null,
    category: product.categories?.[0]?.handle ?? null,
    price_jod_fils: priceFilsOf(product) ?? null,
    prices,
    stock: stockLevel(product).stocked_quantity,
    weight_grams: product.weight === null ? null : Number(product.weight),
    processing_days: metadata.processing_days ?? null,
    materials_en: metadata.materials_en ?? null,
    materials_ar: metadata.materials_ar ?? null,
    listing_status: listingOf(product),
    review_reason: metadata.listing_review_reason ?? null,
    on_sale: product.status === "published",
    thumbnail: product.thumbnail,
    images: (product.images ?? [])
      .slice()
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((image) => ({ id: image.id, url: image.url })),
    created_at: product.created_at,
    updated_at: product.updated_at,
  }
}

/** The same, with the family it belongs to (public fields and status), for the ministry's queue. */
export function listingView(product: FamilyProductRecord) {
  const family = product.family
  return {
    ...familyProductView(product),
    family: family
      ? {
          id: family.id,
          handle: family.handle,
          name_ar: family.name_ar,
          name_en: family.name_en,
          status: family.status,
        }
      : null,
  }
}

/** Reads products by id in the order given. */
export async function readFamilyProducts(
  container: Pick<MedusaContainer, "resolve">,
  ids: string[],
): Promise<FamilyProductRecord[]> {
  if (ids.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: FAMILY_PRODUCT_FIELDS,
    filters: { id: ids },
  })
  const byId = new Map((data as FamilyProductRecord[]).map((product) => [product.id, product]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}
