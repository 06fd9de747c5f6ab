import { expect } from "vitest"
import { store, withDb } from "./context"
import { addShippingMethod, cartWith, listOptions } from "./shipping"

export type ChildOrder = {
  id: string
  order_id: string
  family_id: string
  item_count: number
  subtotal: number
}

/** The family_order rows (child orders) of an order, straight from the database. */
export const childOrders = (orderId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query("select * from family_order where order_id = $1 and deleted_at is null", [
      orderId,
    ])
    return rows as ChildOrder[]
  })

export const DEMO_FAMILY = { email: "family@usra.jo", password: "usra-family-2026" }

/**
 * Handles of published products from `count` different approved families, the demo family's first (its login
 * is known), read from the database.
 */
export async function productsOfFamilies(count: number): Promise<{ handle: string; family_id: string }[]> {
  return withDb(async (db) => {
    const { rows } = await db.query(
      `select * from (
         select distinct on (f.id) p.handle, f.id as family_id,
                exists (select 1 from family_member m where m.family_id = f.id and m.email = $2) as demo
           from product p
           join family_family_product_product l on l.product_id = p.id and l.deleted_at is null
           join family f on f.id = l.family_id and f.status = 'approved'
          where p.status = 'published' and p.deleted_at is null
          order by f.id, p.handle) per_family
        order by demo desc, family_id
        limit $1`,
      [count, DEMO_FAMILY.email],
    )
    return rows.map(({ handle, family_id }) => ({ handle, family_id }))
  })
}

/**
 * A buyer's whole checkout through the store API with Medusa's system payment provider (the card payment path is
 * tested with the Stripe emulator in http/payments): cart, items, address, the one shipping option, payment, order.
 */
export async function placeOrder(currency: string, country: string, handles: string[], email: string) {
  const cartId = await cartWith(currency, country, handles)
  expect((await store(`/store/carts/${cartId}`, { method: "POST", body: { email } })).status).toBe(200)
  const [option] = await listOptions(cartId)
  expect(option, "one shipping option").toBeDefined()
  expect((await addShippingMethod(cartId, { option_id: option?.id })).status).toBe(200)
  const collection = await store("/store/payment-collections", { method: "POST", body: { cart_id: cartId } })
  expect(collection.status, JSON.stringify(collection.body)).toBe(200)
  const collectionId = (collection.body.payment_collection as { id: string }).id
  const session = await store(`/store/payment-collections/${collectionId}/payment-sessions`, {
    method: "POST",
    body: { provider_id: "pp_system_default" },
  })
  expect(session.status, JSON.stringify(session.body)).toBe(200)
  const completed = await store(`/store/carts/${cartId}/place-order`, { method: "POST" })
  expect(completed.status, JSON.stringify(completed.body)).toBe(200)
  expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
  return { cartId, order: completed.body.order as { id: string; display_id: number; email: string } }
}
