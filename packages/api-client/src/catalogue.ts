import { toMinor } from "@usra/i18n"
import type { StoreFamily } from "@usra/types"
import type { StoreLineItem, StoreProduct } from "./medusa-types"

export type Bilingual = { ar: string; en: string }

/** What the product page and a family's page read from Medusa's product: bilingual text, a price in minor units. */
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
