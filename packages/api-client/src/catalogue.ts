import { matchesSearch, toMinor } from "@usra/i18n"
import type { ListingQuery, StoreFamily } from "@usra/types"
import type { StoreLineItem, StoreProduct } from "./medusa-types"

export type Bilingual = { ar: string; en: string }

/** What a product card, the listing and the product page read: bilingual text, a price in minor units. */
export type ProductSummary = {
  id: string
  handle: string
  title: Bilingual
  description: Bilingual
  materials: Bilingual
  thumbnail: string | null
  images: string[]
  category: string | null
  variantId: string | null
  variants: { id: string; title: string; price: number | null; stock: number | null }[]
  /** Minor units of `currency`; null when the region has no price for it. */
  price: number | null
  currency: string | null
  /** Units on hand, or null when stock is not tracked. */
  stock: number | null
  processingDays: number | null
  family: Omit<StoreFamily, "product_count"> | null
  createdAt: string
}

const text = (value: unknown): string => (typeof value === "string" ? value : "")

function variantPrice(variant: NonNullable<StoreProduct["variants"]>[number]) {
  const calculated = variant.calculated_price
  if (calculated?.calculated_amount == null || !calculated.currency_code) return null
  return {
    amount: toMinor(calculated.calculated_amount, calculated.currency_code),
    currency: calculated.currency_code,
  }
}

function variantStock(variant: NonNullable<StoreProduct["variants"]>[number]): number | null {
  if (variant.manage_inventory === false || variant.allow_backorder) return null
  return typeof variant.inventory_quantity === "number" ? variant.inventory_quantity : null
}

export function toProductSummary(product: StoreProduct): ProductSummary {
  const metadata = product.metadata ?? {}
  const variants = product.variants ?? []
  const prices = variants.map(variantPrice)
  const cheapest = prices.filter((price) => price !== null).sort((a, b) => a.amount - b.amount)[0]
  const stocks = variants.map(variantStock)
  const tracked = stocks.filter((stock) => stock !== null)
  const processing = Number(metadata.processing_days)
  const images = (product.images ?? [])
    .slice()
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((image) => image.url)
  return {
    id: product.id,
    handle: product.handle,
    title: { en: product.title, ar: text(metadata.title_ar) || product.title },
    description: {
      en: product.description ?? "",
      ar: text(metadata.description_ar) || (product.description ?? ""),
    },
    materials: { en: text(metadata.materials_en), ar: text(metadata.materials_ar) },
    thumbnail: product.thumbnail ?? images[0] ?? null,
    images: images.length ? images : product.thumbnail ? [product.thumbnail] : [],
    category: product.categories?.[0]?.handle ?? null,
    variantId: variants[0]?.id ?? null,
    variants: variants.map((variant, index) => ({
      id: variant.id,
      title: variant.title ?? "",
      price: prices[index]?.amount ?? null,
      stock: stocks[index] ?? null,
    })),
    price: cheapest?.amount ?? null,
    currency: cheapest?.currency ?? null,
    stock: tracked.length === stocks.length && tracked.length > 0 ? tracked.reduce((a, b) => a + b, 0) : null,
    processingDays: Number.isInteger(processing) && processing > 0 ? processing : null,
    family: product.family ?? null,
    createdAt: product.created_at ?? "",
  }
}

/** The listing's query as parsed from the URL (ListingQuery); everything but sort and page may be left out. */
export type CatalogueQuery = Pick<ListingQuery, "sort" | "page"> &
  Partial<Omit<ListingQuery, "sort" | "page">>

export type ListingPage = {
  products: ProductSummary[]
  count: number
  page: number
  pages: number
  pageSize: number
}

/**
 * Filters, sorts and pages a catalogue for the listing page: category, governorate (the family's), family
 * handle, price range in minor units, and a search over both languages' titles, descriptions and the family's
 * names with Arabic normalisation (alef forms, taa marbuta, diacritics).
 */
export function queryCatalogue(
  catalogue: readonly ProductSummary[],
  query: CatalogueQuery,
  pageSize = 12,
): ListingPage {
  const matching = catalogue.filter(
    (product) =>
      (!query.category || product.category === query.category) &&
      (!query.governorate || product.family?.governorate === query.governorate) &&
      (!query.family || product.family?.handle === query.family) &&
      (query.min === undefined || (product.price !== null && product.price >= query.min)) &&
      (query.max === undefined || (product.price !== null && product.price <= query.max)) &&
      (!query.q ||
        matchesSearch(
          query.q,
          product.title.en,
          product.title.ar,
          product.description.en,
          product.description.ar,
          product.family?.name_en,
          product.family?.name_ar,
        )),
  )
  const byPrice = (a: ProductSummary, b: ProductSummary) =>
    (a.price ?? Number.MAX_SAFE_INTEGER) - (b.price ?? Number.MAX_SAFE_INTEGER)
  const sorted = [...matching].sort((a, b) => {
    switch (query.sort) {
      case "price_asc":
        return byPrice(a, b) || a.id.localeCompare(b.id)
      case "price_desc":
        return byPrice(b, a) || a.id.localeCompare(b.id)
      case "title":
        return a.title.en.localeCompare(b.title.en) || a.id.localeCompare(b.id)
      default:
        return b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id)
    }
  })
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize))
  const page = Math.min(query.page, pages)
  return {
    products: sorted.slice((page - 1) * pageSize, page * pageSize),
    count: sorted.length,
    page,
    pages,
    pageSize,
  }
}

export type FamilyGroup = {
  family: { handle: string; name_ar: string; name_en: string } | null
  items: StoreLineItem[]
}

/** A cart's lines grouped by the family that makes them (lines of unknown family last, in one group). */
export function groupByFamily(
  items: readonly StoreLineItem[],
  familyOfProduct: ReadonlyMap<string, FamilyGroup["family"]>,
): FamilyGroup[] {
  const groups = new Map<string, FamilyGroup>()
  for (const item of items) {
    const family = (item.product_id && familyOfProduct.get(item.product_id)) || null
    const key = family?.handle ?? ""
    const group = groups.get(key) ?? { family, items: [] }
    group.items.push(item)
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => (a.family ? 0 : 1) - (b.family ? 0 : 1))
}
