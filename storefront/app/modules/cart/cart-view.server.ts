import { groupByFamily, type StoreCart } from "@usra/api-client"
import { toMinor } from "@usra/i18n"
import { api } from "../../lib/api.server"

export type CartLine = {
  id: string
  title: { en: string; ar: string }
  handle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  total: number
}

export type CartView = {
  id: string
  currency: string
  email: string | null
  groups: { family: { handle: string; name_ar: string; name_en: string } | null; lines: CartLine[] }[]
  count: number
  subtotal: number
  shipping: number | null
  total: number
  shippingAddress: StoreCart["shipping_address"]
  hasShippingMethod: boolean
}

/** The cart as the pages show it: lines grouped by family, every amount in minor units. */
export async function cartView(cart: StoreCart, token: string | null): Promise<CartView> {
  const items = cart.items ?? []
  const currency = cart.currency_code
  const productIds = [
    ...new Set(items.map((item) => item.product_id).filter((id): id is string => Boolean(id))),
  ]
  const families = new Map<string, { handle: string; name_ar: string; name_en: string } | null>()
  const products = new Map<string, { handle: string; title_ar: string | null }>()
  if (productIds.length) {
    const { products: found } = await api(token).products.list({
      id: productIds,
      limit: productIds.length,
      fields: "id,handle,metadata,*family",
    })
    for (const product of found) {
      const titleAr = product.metadata?.title_ar
      products.set(product.id, {
        handle: product.handle,
        title_ar: typeof titleAr === "string" ? titleAr : null,
      })
      families.set(
        product.id,
        product.family
          ? {
              handle: product.family.handle,
              name_ar: product.family.name_ar,
              name_en: product.family.name_en,
            }
          : null,
      )
    }
  }
  const minor = (amount: number | undefined | null) => toMinor(amount ?? 0, currency)
  const hasShippingMethod = (cart.shipping_methods ?? []).length > 0
  return {
    id: cart.id,
    currency,
    email: cart.email,
    groups: groupByFamily(items, families).map((group) => ({
      family: group.family,
      lines: group.items.map((item) => {
        const product = item.product_id ? products.get(item.product_id) : undefined
        const productTitle = (item as { product_title?: string }).product_title ?? item.title
        return {
          id: item.id,
          title: { en: productTitle, ar: product?.title_ar || productTitle },
          handle: product?.handle ?? null,
          thumbnail: item.thumbnail,
          quantity: item.quantity,
          unitPrice: minor(item.unit_price),
          total: minor(item.subtotal ?? item.unit_price * item.quantity),
        }
      }),
    })),
    count: items.reduce((sum, item) => sum + item.quantity, 0),
    subtotal: minor(cart.item_subtotal ?? cart.subtotal),
    shipping: hasShippingMethod ? minor(cart.shipping_total) : null,
    total: minor(cart.total),
    shippingAddress: cart.shipping_address,
    hasShippingMethod,
  }
}
