import { normalizeSearchText } from "@usra/i18n"

// "Za'atar" and "zaatar" are the same word to a buyer: apostrophes join, they do not split.
const APOSTROPHES = /['\u2018\u2019\u02bc\u0060\u00b4]/g

/**
 * Text folded for the catalogue's search, for the stored rows and the query alike: the storefront's folding
 * (Arabic alef forms, taa marbuta, alef maqsura, hamza seats, diacritics and tatweel; case and Latin accents)
 * with apostrophes removed rather than turned into spaces.
 */
export function catalogSearchText(...parts: (string | null | undefined)[]): string {
  return normalizeSearchText(parts.filter(Boolean).join(" ").replace(APOSTROPHES, ""))
}

/** The words of a query, folded, without repeats; at most `max` of them. */
export function searchWords(query: string, max = 8): string[] {
  return [...new Set(catalogSearchText(query).split(" ").filter(Boolean))].slice(0, max)
}
