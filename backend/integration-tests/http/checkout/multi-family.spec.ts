import { afterAll, describe, expect, it } from "vitest"
import { bearer, login } from "../../support/actors"
import {
  captured,
  cardCartWith,
  completeCart,
  intentOfCart,
  ordersOfCart,
  payByCard,
  paymentTimingSummary,
  STRIPE_PROVIDER,
} from "../../support/card-checkout"
import { type ChildOrder, childOrders, DEMO_FAMILY, productsOfFamilies } from "../../support/checkout"
import { api, store } from "../../support/context"
import {
  addShippingMethod,
  calculatedPrice,
  createCart,
  listOptions,
  quotedAmount,
  readCart,
  shipTo,
  variantOf,
} from "../../support/shipping"
import { eventsAbout, stripeClient } from "../../support/stripe"
import { waitFor } from "../../support/wait-for"

afterAll(() => {
  console.log(`[checkout] multi-family card checkout timings:\n  ${paymentTimingSummary()}`)
})

/** Written again here, plainly: Stripe's minor units, JOD rounded up to whole 10 fils (ADR 0006). */
function stripeAmount(major: number, currency: string): number {
  if (currency === "jod") return Math.ceil(Math.round(major * 1000) / 10) * 10
  return Math.round(major * 100)
}

/** Sums in major units without binary-float noise (JOD has 3 decimals). */
const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 1000) / 1000

describe.each([
  { currency: "eur", country: "de" },
  { currency: "jod", country: "jo" },
])("one card checkout across three families in $currency", ({ currency, country }) => {
  it("charges the server's prices once and splits the order into one child order per family", async () => {
    const products = await productsOfFamilies(3)
    expect(products).toHaveLength(3)
    expect(new Set(products.map((product) => product.family_id)).size).toBe(3)
    const handles = products.map((product) => product.handle)
    const prices = await Promise.all(handles.map((handle) => calculatedPrice(handle, currency)))

    const { cartId, collectionId, amount } = await cardCartWith(
      currency,
      country,
      handles,
      `buyer-${currency}-three@example.com`,
    )

    // The cart: each line at the store's price, one shipping line, total = items + shipping.
    const cart = await readCart(cartId)
    expect(cart.currency_code).toBe(currency)
    expect(cart.items).toHaveLength(3)
    for (const [index, handle] of handles.entries()) {
      const variantId = await variantOf(handle)
      const line = cart.items.find((item) => item.variant_id === variantId)
      expect(line, handle).toBeDefined()
      expect(line?.quantity).toBe(1)
      expect(line?.unit_price, handle).toBe(prices[index])
    }
    expect(cart.item_total).toBe(sum(prices))
    expect(cart.shipping_methods).toHaveLength(1)
    const shipping = cart.shipping_methods[0]?.amount as number
    expect(shipping).toBeGreaterThan(0)
    expect(cart.shipping_total).toBe(shipping)
    expect(cart.total).toBe(sum([...prices, shipping]))
    expect(amount).toBe(cart.total)

    // Pay once by card through our Stripe provider.
    const { status, body, session } = await payByCard(collectionId, "pm_card_visa")
    expect(status, JSON.stringify(body)).toBe(200)
    expect(session?.status).toBe("pending")
    const collection = body.payment_collection as { payment_sessions: { provider_id: string }[] }
    expect(collection.payment_sessions.map((s) => s.provider_id)).toEqual([STRIPE_PROVIDER])
    // The amount the intent will be made for is the server's total, in minor units.
    expect(session?.data).toMatchObject({ amount: stripeAmount(cart.total, currency), currency })

    const completed = await completeCart(cartId)
    expect(completed.status, JSON.stringify(completed.body)).toBe(200)
    expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
    const order = completed.body.order as { id: string; total: number }
    expect(await ordersOfCart(cartId)).toEqual([order.id])
    expect(order.total).toBe(cart.total)
    const intentId = await intentOfCart(cartId)
    const stripe = stripeClient()

    // Captured exactly once, for the order total in minor units.
    const payment = await captured(order.id)
    expect(payment.captures).toHaveLength(1)
    const intent = await stripe.paymentIntents.retrieve(intentId)
    expect(intent.status).toBe("succeeded")
    expect(intent.amount).toBe(stripeAmount(order.total, currency))
    expect(intent.amount_received).toBe(intent.amount)
    expect(await eventsAbout("charge.captured", intentId)).toHaveLength(1)

    // The parent order and one child order per family.
    const children = await waitFor(
      async () => {
        const rows = await childOrders(order.id)
        return rows.length === 3 ? rows : undefined
      },
      { what: "three child orders" },
    )
    expect(new Set(children.map((child) => child.family_id))).toEqual(
      new Set(products.map((product) => product.family_id)),
    )
    for (const child of children) expect(child.item_count, JSON.stringify(child)).toBe(1)

    // The demo family (first) sees its own child order of this order and no other family's.
    const [demo, other] = products
    const token = await login("seller", DEMO_FAMILY.email, DEMO_FAMILY.password)
    const listed = await api("/seller/orders", { headers: bearer(token) })
    expect(listed.status).toBe(200)
    const mine = (listed.body.orders as ChildOrder[]).filter((row) => row.order_id === order.id)
    const own = children.find((child) => child.family_id === demo?.family_id) as ChildOrder
    expect(mine.map((row) => row.id)).toEqual([own.id])
    const others = children.find((child) => child.family_id === other?.family_id) as ChildOrder
    expect((await api(`/seller/orders/${others.id}`, { headers: bearer(token) })).status).toBe(404)
    expect((await api(`/seller/orders/${own.id}`, { headers: bearer(token) })).status).toBe(200)
  })
})

describe("prices the buyer sends", () => {
  it("are rejected or ignored: the server's item and shipping prices win", async () => {
    const [product] = await productsOfFamilies(1)
    const handle = product?.handle as string
    const price = await calculatedPrice(handle, "eur")
    const variantId = await variantOf(handle)
    const cartId = await createCart("eur")

    const added = await store(`/store/carts/${cartId}/line-items`, {
      method: "POST",
      body: { variant_id: variantId, quantity: 1, unit_price: 0.01, compare_at_unit_price: 9999 },
    })
    expect([200, 400], JSON.stringify(added.body)).toContain(added.status)
    if (added.status === 400) {
      expect((await readCart(cartId)).items).toHaveLength(0)
      const plain = await store(`/store/carts/${cartId}/line-items`, {
        method: "POST",
        body: { variant_id: variantId, quantity: 1 },
      })
      expect(plain.status, JSON.stringify(plain.body)).toBe(200)
    }
    let cart = await readCart(cartId)
    expect(cart.items).toHaveLength(1)
    const line = cart.items[0] as StoreLine
    expect(line.unit_price).toBe(price)
    expect(line.compare_at_unit_price ?? null).not.toBe(9999)
    expect(cart.item_total).toBe(price)

    for (const body of [
      { quantity: 2, unit_price: 0.01 },
      { quantity: 2, compare_at_unit_price: 9999 },
    ]) {
      const updated = await store(`/store/carts/${cartId}/line-items/${line.id}`, { method: "POST", body })
      expect([200, 400], JSON.stringify(updated.body)).toContain(updated.status)
      cart = await readCart(cartId)
      const after = cart.items[0] as StoreLine
      expect(after.unit_price).toBe(price)
      expect(after.compare_at_unit_price ?? null).not.toBe(9999)
      expect(cart.item_total).toBe(sum(Array.from({ length: after.quantity }, () => price)))
    }

    await shipTo(cartId, "de")
    const { option, amount } = await quotedAmount(cartId)
    const cheap = await addShippingMethod(cartId, { option_id: option.id, amount: 0.01 })
    expect([200, 400], JSON.stringify(cheap.body)).toContain(cheap.status)
    cart = await readCart(cartId)
    if (cheap.status === 400) {
      expect(cart.shipping_methods).toHaveLength(0)
      expect((await addShippingMethod(cartId, { option_id: option.id })).status).toBe(200)
      cart = await readCart(cartId)
    }
    expect(cart.shipping_methods).toHaveLength(1)
    expect(cart.shipping_methods[0]?.amount).toBe(amount)
    expect(cart.shipping_total).toBe(amount)
    expect((await listOptions(cartId)).map((candidate) => candidate.id)).toEqual([option.id])
    const quantity = (cart.items[0] as StoreLine).quantity
    expect(cart.total).toBe(sum([...Array.from({ length: quantity }, () => price), amount]))
  })
})

type StoreLine = Awaited<ReturnType<typeof readCart>>["items"][number]
