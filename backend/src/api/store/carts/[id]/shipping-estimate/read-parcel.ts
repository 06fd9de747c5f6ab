import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { WeighableItem } from "../../../../../lib/shipping/weight"

export type CartParcel = {
  id: string
  currency_code: string
  sales_channel_id: string | null
  shipping_address: { country_code?: string | null } | null
  items: (WeighableItem & { product?: { metadata?: Record<string, unknown> | null } | null })[]
}

/**
 * What an estimate needs of a cart: its currency, sales channel, destination, and each item's weight and maker's
 * pace.
 */
export async function readCartParcel(scope: MedusaContainer, cartId: string): Promise<CartParcel> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "sales_channel_id",
      "shipping_address.country_code",
      "items.id",
      "items.quantity",
      "items.requires_shipping",
      "items.variant_id",
      "items.variant.weight",
      "items.product.weight",
      "items.product.metadata",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as CartParcel | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  return { ...cart, items: cart.items ?? [] }
}
