import type { Locale } from "./i18n"

/** The same page in another language: swaps the first path segment and keeps the query. */
export function inLocale(pathAndQuery: string, locale: Locale): string {
  const [path = "/", query] = pathAndQuery.split("?")
  const rest = path.replace(/^\/(ar|en)(?=\/|$)/, "")
  return `/${locale}${rest === "/" ? "" : rest}${query ? `?${query}` : ""}`
}

export const paths = {
  home: (l: Locale) => `/${l}`,
  products: (l: Locale, query?: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams()
    for (const [key, value] of Object.entries(query ?? {}))
      if (value !== undefined && value !== "") search.set(key, String(value))
    const qs = search.toString()
    return `/${l}/products${qs ? `?${qs}` : ""}`
  },
  product: (l: Locale, handle: string) => `/${l}/products/${handle}`,
  families: (l: Locale) => `/${l}/families`,
  family: (l: Locale, handle: string) => `/${l}/families/${handle}`,
  cart: (l: Locale) => `/${l}/cart`,
  checkout: (l: Locale, step?: string) => `/${l}/checkout${step ? `?step=${step}` : ""}`,
  /** Where the bank's 3-D Secure page sends the buyer back. */
  authenticated: (l: Locale) => `/${l}/checkout/authenticated`,
  confirmed: (l: Locale) => `/${l}/order/confirmed`,
  account: (l: Locale) => `/${l}/account`,
  addresses: (l: Locale) => `/${l}/account/addresses`,
  accountOrder: (l: Locale, id: string) => `/${l}/account/orders/${id}`,
  lookup: (l: Locale) => `/${l}/order/lookup`,
}
