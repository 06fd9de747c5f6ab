import { describe, expect, it } from "vitest"
import { placeOrder, productsOfFamilies } from "../../support/checkout"
import { store } from "../../support/context"
import { calculatedPrice, createCart, readCart, variantOf } from "../../support/shipping"

const addBatch = (cartId: string, body: unknown, query = "") =>
  store(`/store/carts/${cartId}/line-items/batch${query}`, { method: "POST", body })

const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 1000) / 1000

async function threeFamilies() {
  const products = await productsOfFamilies(3)
  expect(new Set(products.map((product) => product.family_id)).size).toBe(3)
  const handles = products.map((product) => product.handle)
  const variants = await Promise.all(handles.map(variantOf))
  return { handles, variants }
}

describe("POST /store/carts/:id/line-items/batch", () => {
  it("adds products of three families in one request, at the server's prices", async () => {
    const { handles, variants } = await threeFamilies()
    const prices = await Promise.all(handles.map((handle) => calculatedPrice(handle, "eur")))
    const cartId = await createCart("eur")

    const added = await addBatch(cartId, {
      items: variants.map((variant_id, index) => ({ variant_id, quantity: index + 1 })),
    })
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    const answered = added.body.cart as { id: string; items: { variant_id: string }[] }
    expect(answered.id).toBe(cartId)
    expect(answered.items).toHaveLength(3)

    const cart = await readCart(cartId)
    for (const [index, variant] of variants.entries()) {
      const line = cart.items.find((item) => item.variant_id === variant)
      expect(line?.quantity).toBe(index + 1)
      expect(line?.unit_price).toBe(prices[index])
    }
    expect(cart.item_total).toBe(sum(prices.map((price, index) => price * (index + 1))))

    // Adding a product already in the cart raises its quantity, as the one-item route does.
    const again = await addBatch(cartId, { items: [{ variant_id: variants[0], quantity: 2 }] })
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    const after = await readCart(cartId)
    expect(after.items).toHaveLength(3)
    expect(after.items.find((item) => item.variant_id === variants[0])?.quantity).toBe(3)
  })

  it("answers only the fields asked for, like Medusa's cart routes", async () => {
    const { variants } = await threeFamilies()
    const cartId = await createCart("eur")
    const added = await addBatch(cartId, { items: [{ variant_id: variants[0], quantity: 1 }] }, "?fields=id")
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    expect(Object.keys(added.body.cart as object)).toEqual(["id"])
  })

  it("refuses bad input with a 400 naming the field, and adds nothing", async () => {
    const { variants } = await threeFamilies()
    const [first, second] = variants as [string, string]
    const cartId = await createCart("eur")
    const cases: { body: unknown; field: RegExp }[] = [
      { body: {}, field: /'items' is required/ },
      { body: { items: [] }, field: /'items' too small, expected at least: '1'/ },
      { body: { items: "all" }, field: /type: 'array' for field 'items'/ },
      {
        body: { items: Array.from({ length: 51 }, (_, index) => ({ variant_id: `v${index}`, quantity: 1 })) },
        field: /'items' too big, expected at most: '50'/,
      },
      { body: { items: [{ variant_id: first }] }, field: /'items, 0, quantity' is required/ },
      {
        body: { items: [{ variant_id: first, quantity: 0 }] },
        field: /'items, 0, quantity' too small, expected at least: '1'/,
      },
      { body: { items: [{ variant_id: first, quantity: 1.5 }] }, field: /quantity must be a whole number/ },
      {
        body: { items: [{ variant_id: first, quantity: 1001 }] },
        field: /'items, 0, quantity' too big, expected at most: '1000'/,
      },
      { body: { items: [{ variant_id: "", quantity: 1 }] }, field: /'items, 0, variant_id' too small/ },
      { body: { items: [{ variant_id: 7, quantity: 1 }] }, field: /'items, 0, variant_id'/ },
      // A price from the client is never taken: the field is unknown, and the request refused.
      {
        body: { items: [{ variant_id: first, quantity: 1, unit_price: 0.01 }] },
        field: /Unrecognized fields: 'unit_price'/,
      },
      {
        body: { items: [{ variant_id: first, quantity: 1, compare_at_unit_price: 9999 }] },
        field: /Unrecognized fields: 'compare_at_unit_price'/,
      },
      {
        body: { items: [{ variant_id: first, quantity: 1 }], shipping_amount: 0 },
        field: /Unrecognized fields: 'shipping_amount'/,
      },
      {
        body: {
          items: [
            { variant_id: first, quantity: 1 },
            { variant_id: second, quantity: 1 },
            { variant_id: first, quantity: 2 },
          ],
        },
        field: /items\[2\]\.variant_id is listed twice/,
      },
    ]
    for (const { body, field } of cases) {
      const response = await addBatch(cartId, body)
      expect(response.status, JSON.stringify({ body, answer: response.body })).toBe(400)
      expect(String(response.body.message), JSON.stringify(body)).toMatch(field)
      expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+/)
    }
    expect((await readCart(cartId)).items).toHaveLength(0)
  })

  it("adds nothing when one product cannot be sold", async () => {
    const { variants } = await threeFamilies()
    const cartId = await createCart("eur")
    const response = await addBatch(cartId, {
      items: [
        { variant_id: variants[0], quantity: 1 },
        { variant_id: "variant_does_not_exist", quantity: 1 },
      ],
    })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(String(response.body.message)).toMatch(/variant_does_not_exist/)
    expect((await readCart(cartId)).items).toHaveLength(0)
  })

  it("answers 404 for an unknown cart and 400 for a completed one", async () => {
    const { handles, variants } = await threeFamilies()
    const missing = await addBatch("cart_does_not_exist", {
      items: [{ variant_id: variants[0], quantity: 1 }],
    })
    expect(missing.status, JSON.stringify(missing.body)).toBe(404)

    const { cartId } = await placeOrder("eur", "de", [handles[0] as string], "batch-completed@example.com")
    const late = await addBatch(cartId, { items: [{ variant_id: variants[1], quantity: 1 }] })
    expect(late.status, JSON.stringify(late.body)).toBe(400)
    expect(String(late.body.message)).toMatch(/completed/i)
  })

  it("leaves Medusa's one-line routes as they were", async () => {
    const { variants } = await threeFamilies()
    const cartId = await createCart("eur")
    const added = await addBatch(cartId, { items: [{ variant_id: variants[0], quantity: 1 }] })
    expect(added.status).toBe(200)
    const lineId = (await readCart(cartId)).items[0]?.id as string
    const updated = await store(`/store/carts/${cartId}/line-items/${lineId}`, {
      method: "POST",
      body: { quantity: 4 },
    })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    expect((await readCart(cartId)).items[0]?.quantity).toBe(4)
  })
})
