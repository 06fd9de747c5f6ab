import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What a buyer sees of an order: lines, totals and the part each family makes; no other person's data. */
export async function buyerOrderView(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "currency_code",
      "created_at",
      "total",
      "subtotal",
      "shipping_total",
      "items.id",
      "items.title",
      "items.quantity",
      "items.unit_price",
      "items.thumbnail",
      "items.product_id",
      "items.variant_id",
      "shipping_address.country_code",
      "family_orders.id",
      "family_orders.family_id",
      "family_orders.status",
      "family_orders.item_count",
      "family_orders.subtotal",
      "family_orders.items",
      "family_orders.family.handle",
      "family_orders.family.name_ar",
      "family_orders.family.name_en",
    ],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) return undefined
  const { family_orders, ...rest } = order
  return {
    ...rest,
    families: (family_orders ?? []).map(
      (child: Record<string, unknown> & { family?: Record<string, unknown> }) => ({
        id: child.id,
        status: child.status,
        item_count: child.item_count,
        subtotal: child.subtotal,
        items: child.items,
        family: child.family
          ? { handle: child.family.handle, name_ar: child.family.name_ar, name_en: child.family.name_en }
          : null,
      }),
    ),
  }
}
