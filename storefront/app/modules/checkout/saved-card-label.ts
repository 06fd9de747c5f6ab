import type { SavedCard } from "@usra/api-client"

type Translate = (key: string, options?: Record<string, unknown>) => string

const BRANDS = new Set(["visa", "mastercard", "amex", "discover"])

/** The card's brand ("Visa") in the page's language. */
export function savedCardBrand(t: Translate, card: SavedCard): string {
  return t(`storefront.saved_cards.brand_${BRANDS.has(card.brand) ? card.brand : "other"}`)
}

/** "Visa ending in 4242" in the page's language. */
export function savedCardName(t: Translate, card: SavedCard): string {
  return t("storefront.saved_cards.card", { brand: savedCardBrand(t, card), last4: card.last4 })
}

/** "Expires 04/2031": the month always two digits, as printed on the card. */
export function savedCardExpiry(t: Translate, card: SavedCard): string {
  return t("storefront.saved_cards.expires", {
    month: String(card.exp_month).padStart(2, "0"),
    year: card.exp_year,
  })
}
