import { z } from "zod"
import { CurrencyCode, Governorate, MinorAmount } from "./common"

/**
 * What the storefront reads from Usra's own store routes (/store/families..., shipping estimate, buyer orders),
 * and the listing's query: the API contract of packages/api-client.
 */

/** A family as anyone may see it (GET /store/families, the `family` of /store/products?fields=*family). */
export const StoreFamily = z.object({
  id: z.string(),
  handle: z.string(),
  name_ar: z.string(),
  name_en: z.string(),
  story_ar: z.string().nullable().optional(),
  story_en: z.string().nullable().optional(),
  governorate: Governorate,
  community_centre: z.string().nullable().optional(),
  association: z.string().nullable().optional(),
  product_count: z.number().int().nonnegative().optional(),
})
export type StoreFamily = z.infer<typeof StoreFamily>

/** GET /store/carts/:id/shipping-estimate: the cart's one parcel, priced in minor units of the cart's currency. */
export const StoreShippingEstimate = z.object({
  option_id: z.string(),
  zone: z.string(),
  amount: MinorAmount,
  currency_code: CurrencyCode,
  total_weight_g: z.number().int().nonnegative(),
  processing_days: z.number().int().nonnegative(),
  transit_days: z.object({ min: z.number().int(), max: z.number().int() }),
  delivery_days: z.object({ min: z.number().int(), max: z.number().int() }),
})
export type StoreShippingEstimate = z.infer<typeof StoreShippingEstimate>

/** GET /store/shipping-zones: where the hub ships and how long the parcel travels. */
export type StoreShippingZone = {
  zone: string
  countries: string[]
  transit_days: { min: number; max: number }
}

/** One family's part of a buyer's order (GET /store/orders/:id/families, POST /store/orders/lookup). */
export type BuyerOrderFamily = {
  id: string
  status: string
  item_count: number
  subtotal: number
  items: unknown
  family: { handle: string; name_ar: string; name_en: string } | null
}

/** A buyer's order; Medusa's totals are in major units of `currency_code`. */
export type BuyerOrder = {
  id: string
  display_id: number
  status: string
  currency_code: string
  created_at: string
  total: number
  subtotal: number
  shipping_total: number
  items: {
    id: string
    title: string
    quantity: number
    unit_price: number
    thumbnail: string | null
    product_id: string | null
    /** Null once the product's variant has been deleted: it can no longer be bought again. */
    variant_id: string | null
  }[]
  shipping_address: { country_code: string | null } | null
  families: BuyerOrderFamily[]
}
