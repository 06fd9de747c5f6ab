import type { ProductSummary } from "@usra/api-client"
import type { Locale } from "../../lib/i18n"
import type { GridProduct } from "./product-grid"

/** A Medusa product (read for a family's page) as the grid's card, in the page's language. */
export function gridProductOf(product: ProductSummary, locale: Locale): GridProduct {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title[locale],
    thumbnail: product.thumbnail,
    price:
      product.price !== null && product.currency
        ? { amount: product.price, currency_code: product.currency }
        : null,
    family: product.family
      ? {
          handle: product.family.handle,
          name: locale === "ar" ? product.family.name_ar : product.family.name_en,
        }
      : null,
  }
}
