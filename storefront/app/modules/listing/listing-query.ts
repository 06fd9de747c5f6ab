import { CATALOG_SORTS, type CatalogQuery, type CatalogSort } from "@usra/api-client"
import { toMinor } from "@usra/i18n"
import { CATEGORY_HANDLES, GOVERNORATES } from "../../lib/constants"

/**
 * The listing's shareable URL (`?q=&category=&governorate=&family=&min=&max=&sort=&page=`, prices in the
 * buyer's currency as typed) read leniently: a URL someone shared never errors. Whatever the backend would
 * refuse is dropped or mended here instead (an unknown category, a search with no letter, min over max, a
 * page past 10,000), so GET /store/catalog always gets a query it accepts.
 */
export type ListingFilters = {
  q?: string
  category?: string
  governorate?: string
  family?: string
  /** As typed, for the form and the page links. */
  rawMin: string
  rawMax: string
  /** Minor units of the buyer's currency. */
  min?: number
  max?: number
  /** Left out: the backend's default (relevance with a search, else newest). */
  sort?: CatalogSort
  page: number
}

const MAX_PAGE = 10_000
const MAX_PRICE = 1_000_000_000
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const FAMILY_HANDLE = /^[a-z0-9][a-z0-9-]{0,99}$/

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value)

function minorOrUndefined(value: string, currency: string): number | undefined {
  if (!value) return undefined
  try {
    const minor = toMinor(value, currency)
    return Number.isInteger(minor) && minor >= 0 && minor <= MAX_PRICE ? minor : undefined
  } catch {
    return undefined
  }
}

export function parseListingUrl(search: URLSearchParams, currency: string): ListingFilters {
  const text = (name: string) => (search.get(name) ?? "").trim()
  const q = text("q").slice(0, 100).trim()
  const family = text("family").toLowerCase()
  const rawMin = text("min")
  const rawMax = text("max")
  let min = minorOrUndefined(rawMin, currency)
  let max = minorOrUndefined(rawMax, currency)
  // Typed the wrong way round: the buyer still means the range between them.
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min]
  const sort = oneOf(CATALOG_SORTS, search.get("sort"))
  const page = Number(text("page"))
  return {
    q: HAS_LETTER_OR_DIGIT.test(q) ? q : undefined,
    category: oneOf(CATEGORY_HANDLES, search.get("category")),
    governorate: oneOf(GOVERNORATES, search.get("governorate")),
    family: FAMILY_HANDLE.test(family) ? family : undefined,
    rawMin,
    rawMax,
    min,
    max,
    // Relevance needs a search text; without one the backend would refuse it.
    sort: sort === "relevance" && !HAS_LETTER_OR_DIGIT.test(q) ? undefined : sort,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  }
}

/** The catalogue request for these filters, in the buyer's region and the page's language. */
export function catalogQuery(
  filters: ListingFilters,
  context: { regionId: string; lang: "ar" | "en"; pageSize: number },
): CatalogQuery {
  return {
    regionId: context.regionId,
    lang: context.lang,
    q: filters.q,
    category: filters.category,
    governorate: filters.governorate,
    family: filters.family,
    minPrice: filters.min,
    maxPrice: filters.max,
    sort: filters.sort,
    page: filters.page,
    limit: context.pageSize,
  }
}

/** The URL query of these filters on another page (the first page and the default sort are left out). */
export function listingLinkQuery(
  filters: ListingFilters,
  page: number,
): Record<string, string | number | undefined> {
  return {
    q: filters.q,
    category: filters.category,
    governorate: filters.governorate,
    family: filters.family,
    min: filters.rawMin,
    max: filters.rawMax,
    sort: filters.sort,
    page: page === 1 ? undefined : page,
  }
}

/** Whether anything narrows the listing beyond category and governorate (such pages are not indexed). */
export const isNarrowed = (filters: ListingFilters) =>
  Boolean(
    filters.q || filters.family || filters.min !== undefined || filters.max !== undefined || filters.page > 1,
  )
