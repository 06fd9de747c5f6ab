import { createHash } from "node:crypto"
import { isCurrency, toMinor } from "@usra/i18n"
import { catalogSearchText } from "../search-text"
import type { SourceProduct } from "./source"

/** One catalog_entry row as the projection writes it (the id is kept from an existing row, or made on insert). */
export type EntryRow = {
  product_id: string
  currency_code: string
  handle: string
  title_en: string
  title_ar: string
  thumbnail: string | null
  price_amount: number
  family_id: string | null
  family_handle: string | null
  family_name_en: string | null
  family_name_ar: string | null
  family_status: string | null
  governorate: string | null
  category_handle: string | null
  product_status: string
  sales_channel_id: string
  visible: boolean
  in_stock: boolean
  rating: number | null
  review_count: number
  popularity: number
  product_created_at: string
  fingerprint: string
}

export type ProductRow = {
  product_id: string
  handle: string
  variant_id: string | null
  description_en: string | null
  description_ar: string | null
  materials_en: string | null
  materials_ar: string | null
  category_name_en: string | null
  category_name_ar: string | null
  images: string[]
  weight_grams: number | null
  processing_days: number | null
  search_text: string
  title_search: string
  fingerprint: string
}

/** What a workflow's compensation knows better than the tables at that moment (statuses it is putting back). */
export type ProjectionOverrides = {
  family_status?: string
  product_status?: Readonly<Record<string, string>>
}

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : value == null ? null : String(value)

const wholeNumber = (value: unknown): number | null => {
  const number = typeof value === "string" ? Number(value) : value
  return typeof number === "number" && Number.isFinite(number) ? Math.round(number) : null
}

/** The average as the reviews pages show it (one decimal), so a card and its product page agree; none unreviewed. */
function cardRating(source: SourceProduct): { rating: number | null; review_count: number } {
  const count = wholeNumber(source.review_count) ?? 0
  const average = Number(source.rating_average)
  if (count <= 0 || source.rating_average === null || !Number.isFinite(average)) {
    return { rating: null, review_count: 0 }
  }
  return { rating: Math.round(average * 10) / 10, review_count: count }
}

function fingerprint(row: object): string {
  return createHash("sha1").update(JSON.stringify(row)).digest("base64url")
}

/**
 * The read model's rows for one product: its detail row, and one entry per currency it has a base price in and
 * sales channel it is sold in. `visible` is the store's rule (a published product of an approved family); a
 * product without a family is never visible.
 */
export function projectProduct(
  source: SourceProduct,
  overrides: ProjectionOverrides = {},
): { entries: EntryRow[]; product: ProductRow } {
  const metadata = source.metadata ?? {}
  const familyStatus = source.family_id ? (overrides.family_status ?? source.family_status) : null
  const productStatus = overrides.product_status?.[source.id] ?? source.status
  const titleEn = source.title
  const titleAr = text(metadata.title_ar) ?? source.title
  const images = (source.images ?? []).filter((url): url is string => typeof url === "string" && url !== "")
  const thumbnail = images[0] ?? text(source.thumbnail)
  const card = {
    product_id: source.id,
    handle: source.handle,
    title_en: titleEn,
    title_ar: titleAr,
    thumbnail,
    family_id: source.family_id,
    family_handle: source.family_handle,
    family_name_en: source.family_name_en,
    family_name_ar: source.family_name_ar,
    family_status: familyStatus,
    governorate: source.family_governorate ?? text(metadata.origin_governorate),
    category_handle: source.category_handle,
    product_status: productStatus,
    visible: productStatus === "published" && familyStatus === "approved",
    in_stock: source.in_stock === true,
    ...cardRating(source),
    popularity: wholeNumber(source.popularity) ?? 0,
    product_created_at: new Date(source.created_at).toISOString(),
  }
  const channels = [...new Set(source.sales_channel_ids ?? [])].sort()
  const entries = Object.entries(source.prices ?? {})
    .filter(([currency]) => isCurrency(currency.toUpperCase()))
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([currency, amount]) =>
      channels.map((channel) => {
        const row = {
          ...card,
          currency_code: currency,
          sales_channel_id: channel,
          price_amount: toMinor(amount, currency),
        }
        return { ...row, fingerprint: fingerprint(row) }
      }),
    )
  const detail = {
    product_id: source.id,
    handle: source.handle,
    variant_id: source.variant_id,
    description_en: text(source.description),
    description_ar: text(metadata.description_ar),
    materials_en: text(metadata.materials_en),
    materials_ar: text(metadata.materials_ar),
    category_name_en: source.category_name_en,
    category_name_ar: source.category_name_ar ?? source.category_name_en,
    images,
    weight_grams: wholeNumber(source.weight),
    processing_days: wholeNumber(metadata.processing_days),
    search_text: catalogSearchText(
      titleEn,
      titleAr,
      source.family_name_en,
      source.family_name_ar,
      source.category_name_en,
      source.category_name_ar,
      text(metadata.materials_en),
      text(metadata.materials_ar),
    ),
    title_search: catalogSearchText(titleEn, titleAr),
  }
  return { entries, product: { ...detail, fingerprint: fingerprint(detail) } }
}
