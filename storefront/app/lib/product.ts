import type { Locale } from "./i18n"

export type ProductCard = {
  id: string
  title: string
  titleAr: string | null
  handle: string | null
  thumbnail: string | null
}

export function productTitle(product: ProductCard, locale: Locale): string {
  return locale === "ar" && product.titleAr ? product.titleAr : product.title
}
