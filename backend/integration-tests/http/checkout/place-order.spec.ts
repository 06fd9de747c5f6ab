import { describe, expect, it } from "vitest"
import {
  captured,
  cardCart,
  completeCart,
  intentOfCart,
  ordersOfCart,
  payByCard,
  readStoreCart,
  theOneOrder,
} from "../../support/card-checkout"
import { store, withDb } from "../../support/context"
import { eventsAbout } from "../../support/stripe"

type Order = { id: string; display_id: number; email?: string; items?: unknown[] }

/** The runs the engine kept in PostgreSQL of the workflows that completed this cart. */
const storedRunsFor = (cartId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      "select workflow_id from workflow_execution where context->'data'->'payload'->>'id' = $1",
      [cartId],
    )
    return rows.map((row) => row.workflow_id as string)
  })

async function paidCart() {
  const cart = await cardCart("place-order@example.com")
  const paid = await payByCard(cart.collectionId, "pm_card_visa")
  expect(paid.status, JSON.stringify(paid.body)).toBe(200)
  return cart
}

describe("POST /store/carts/:id/place-order", () => {
  it("places the order with the fields asked for, and keeps no stored run of its workflow", async () => {
    const { cartId } = await paidCart()
    const placed = await completeCart(cartId, "place-order", "?fields=id,display_id,email,*items")
    expect(placed.status, JSON.stringify(placed.body)).toBe(200)
    expect(placed.body.type).toBe("order")
    const order = placed.body.order as Order
    expect(order).toMatchObject({ email: "place-order@example.com" })
    expect(order.items).toHaveLength(1)
    expect(await ordersOfCart(cartId)).toEqual([order.id])
    expect((await readStoreCart(cartId)).completed_at).not.toBeNull()
    expect((await captured(order.id)).captures).toHaveLength(1)
    expect(await eventsAbout("charge.captured", await intentOfCart(cartId))).toHaveLength(1)
    expect(await storedRunsFor(cartId)).toEqual([])

    // Medusa's own route, for comparison, keeps its run for three days.
    const other = await paidCart()
    expect((await completeCart(other.cartId, "complete")).body.type).toBe("order")
    expect(await storedRunsFor(other.cartId)).toEqual(["complete-cart"])
  })

  it("answers the same one order whichever route completed the cart first", async () => {
    for (const [first, second] of [
      ["place-order", "complete"],
      ["complete", "place-order"],
    ] as const) {
      const { cartId } = await paidCart()
      const a = await completeCart(cartId, first)
      const b = await completeCart(cartId, second)
      expect(a.body.type, JSON.stringify(a.body)).toBe("order")
      expect(b.body.type, JSON.stringify(b.body)).toBe("order")
      expect((b.body.order as Order).id).toBe((a.body.order as Order).id)
      expect(await ordersOfCart(cartId)).toEqual([(a.body.order as Order).id])
    }
  })

  it("makes one order and one capture when both routes are asked five times at once", async () => {
    const { cartId } = await paidCart()
    const routes = ["place-order", "complete", "place-order", "complete", "place-order"] as const
    const orderId = theOneOrder(await Promise.all(routes.map((route) => completeCart(cartId, route))))
    expect(await ordersOfCart(cartId)).toEqual([orderId])
    expect((await captured(orderId)).captures).toHaveLength(1)
    const intentId = await intentOfCart(cartId)
    expect(await eventsAbout("payment_intent.created", intentId)).toHaveLength(1)
    expect(await eventsAbout("charge.captured", intentId)).toHaveLength(1)
  })

  it("answers 404 for an unknown cart, 400 for unknown fields, a body or an unpaid cart, and orders nothing", async () => {
    const missing = await completeCart("cart_does_not_exist")
    expect(missing.status, JSON.stringify(missing.body)).toBe(404)

    const { cartId } = await cardCart("place-order-unpaid@example.com")
    const badFields = await completeCart(cartId, "place-order", "?fields=no_such_field")
    expect(badFields.status, JSON.stringify(badFields.body)).toBe(400)

    const priced = await store(`/store/carts/${cartId}/place-order`, {
      method: "POST",
      body: { unit_price: 1, shipping_amount: 0 },
    })
    expect(priced.status, JSON.stringify(priced.body)).toBe(400)
    expect(String(priced.body.message)).toMatch(/unit_price|shipping_amount/)

    const unpaid = await completeCart(cartId)
    expect(unpaid.status, JSON.stringify(unpaid.body)).toBe(400)
    expect(String(unpaid.body.message)).toMatch(/payment session/i)
    expect(JSON.stringify(unpaid.body)).not.toMatch(/ at .*\.(js|ts):\d+/)
    expect(await ordersOfCart(cartId)).toEqual([])
    expect((await readStoreCart(cartId)).completed_at).toBeNull()
  })
})
