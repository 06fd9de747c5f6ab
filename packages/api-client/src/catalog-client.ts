import type { ApiCall } from "./client"

/** The sorts GET /store/catalog knows; `relevance` only with a search text (the default when there is one). */
export const CATALOG_SORTS = ["relevance", "newest", "price_asc", "price_desc", "popular", "rating"] as const
export type CatalogSort = (typeof CATALOG_SORTS)[number]

/** A listing card: its title in the language asked for, its price in minor units of the region's currency. */
export type CatalogCard = {
  id: string
  handle: string
  title: string
  price: { amount: number; currency_code: string } | null
  thumbnail: string | null
  family: { handle: string; name: string } | null
  rating: number | null
  review_count: number
  in_stock: boolean
}

export type CatalogPage = { products: CatalogCard[]; count: number; limit: number; offset: number }

/** One product's page from the catalogue (GET /store/catalog/:handle). */
export type CatalogProduct = Omit<CatalogCard, "family"> & {
  family: { handle: string; name: string; governorate: string } | null
  variant_id: string | null
  description: string | null
  materials: string | null
  images: string[]
  category: { handle: string; name: string } | null
  weight_grams: number | null
  processing_days: number | null
}

/**
 * A listing request. Prices are minor units; `page` counts from 1 (the backend refuses it together with an
 * offset, so this client only sends pages). Empty values are left out of the URL.
 */
export type CatalogQuery = {
  regionId: string
  lang: "ar" | "en"
  category?: string
  governorate?: string
  family?: string
  minPrice?: number
  maxPrice?: number
  q?: string
  sort?: CatalogSort
  page?: number
  limit?: number
}

/**
 * Usra's catalogue read model (`/store/catalog`): filters, Arabic-aware search, sorts and pages in the backend.
 * A parameter the backend refuses (unknown region, min over max, a search without a letter) is a 400 thrown as
 * UsraApiError naming the parameter; an unknown product is a 404.
 */
export function catalogRoutes(call: ApiCall) {
  return {
    list: (query: CatalogQuery) =>
      call<CatalogPage>("/store/catalog", {
        query: {
          region_id: query.regionId,
          lang: query.lang,
          category: query.category,
          governorate: query.governorate,
          family: query.family,
          min_price: query.minPrice,
          max_price: query.maxPrice,
          q: query.q,
          sort: query.sort,
          page: query.page,
          limit: query.limit,
        },
      }),
    get: async (handle: string, query: { regionId: string; lang: "ar" | "en" }) =>
      (
        await call<{ product: CatalogProduct }>(`/store/catalog/${encodeURIComponent(handle)}`, {
          query: { region_id: query.regionId, lang: query.lang },
        })
      ).product,
  }
}
