import { describe, expect, inject, it } from "vitest"
import { bearer, login } from "../../support/actors"
import {
  type ChildOrder,
  childOrders,
  DEMO_FAMILY,
  placeOrder,
  productsOfFamilies,
} from "../../support/checkout"
import { api, withDb } from "../../support/context"
import { rawQueue } from "../../support/queue"
import { waitFor } from "../../support/wait-for"

describe("an order across three families", () => {
  it("is split into one child order per family, each seen only by its family", async () => {
    const products = await productsOfFamilies(3)
    expect(products).toHaveLength(3)
    const { order } = await placeOrder(
      "jod",
      "jo",
      products.map((p) => p.handle),
      "buyer-split@example.com",
    )

    const children = await waitFor(
      async () => {
        const rows = await childOrders(order.id)
        return rows.length === 3 ? rows : undefined
      },
      { what: "three child orders" },
    )
    expect(new Set(children.map((child) => child.family_id))).toEqual(
      new Set(products.map((p) => p.family_id)),
    )
    for (const child of children) {
      expect(child.item_count, JSON.stringify(child)).toBe(1)
      expect(Number(child.subtotal), JSON.stringify(child)).toBeGreaterThan(0)
    }

    // Each family sees its own child order and not the others'.
    const [first, second] = products
    const tokenA = await login("seller", DEMO_FAMILY.email, DEMO_FAMILY.password)
    const mine = await api("/seller/orders", { headers: bearer(tokenA) })
    expect(mine.status).toBe(200)
    const listed = mine.body.orders as ChildOrder[]
    expect(listed.map((row) => row.order_id)).toContain(order.id)
    expect(
      listed.every(
        (row) =>
          children.some((child) => child.id === row.id && child.family_id === first?.family_id) ||
          row.order_id !== order.id,
      ),
    ).toBe(true)
    expect(JSON.stringify(mine.body)).not.toContain("buyer-split@example.com")
    const others = children.find((child) => child.family_id === second?.family_id) as ChildOrder
    expect((await api(`/seller/orders/${others.id}`, { headers: bearer(tokenA) })).status).toBe(404)
    const own = children.find((child) => child.family_id === first?.family_id) as ChildOrder
    expect((await api(`/seller/orders/${own.id}`, { headers: bearer(tokenA) })).status).toBe(200)

    // Each family was told what to prepare, in both languages.
    const told = await waitFor(
      () =>
        withDb(async (db) => {
          const { rows } = await db.query(
            "select count(*)::int as n from notification_outbox where template = 'family_order_received' and params->>'order' = $1",
            [`#${order.display_id}`],
          )
          return rows[0].n >= 3 ? rows[0].n : undefined
        }),
      { what: "the families' notifications" },
    )
    expect(told).toBeGreaterThanOrEqual(3)
  })

  it("running the split again creates nothing new", async () => {
    const products = await productsOfFamilies(2)
    const { order } = await placeOrder(
      "eur",
      "de",
      products.map((p) => p.handle),
      "buyer-twice@example.com",
    )
    await waitFor(async () => ((await childOrders(order.id)).length === 2 ? true : undefined), {
      what: "child orders",
    })
    const queue = rawQueue("fulfilment")
    // Another delivery of the same work, under a new job id (as if the first job had been removed from Redis).
    await queue.add("split-order", { order_id: order.id }, { jobId: `split-order-${order.id}-again` })
    await waitFor(async () => (await queue.getJobState(`split-order-${order.id}-again`)) === "completed", {
      what: "the second split",
    })
    await queue.close()
    expect(await childOrders(order.id)).toHaveLength(2)
  })
})

describe("reading an order", () => {
  it("reveals nothing to an anonymous caller or another customer; the guest lookup needs the right email", async () => {
    const [product] = await productsOfFamilies(1)
    const { order } = await placeOrder("usd", "us", [product?.handle as string], "guest-lookup@example.com")
    const anonymous = await api(`/store/orders/${order.id}`, {
      headers: { "x-publishable-api-key": inject("publishableKey") },
    })
    expect(anonymous.status).toBe(401)
    expect(JSON.stringify(anonymous.body)).not.toContain("guest-lookup@example.com")

    const key = { "x-publishable-api-key": inject("publishableKey") }
    const lookup = (body: unknown) => api("/store/orders/lookup", { method: "POST", body, headers: key })
    expect((await lookup({ email: "someone-else@example.com", display_id: order.display_id })).status).toBe(
      404,
    )
    expect(
      (await lookup({ email: "guest-lookup@example.com", display_id: order.display_id + 100000 })).status,
    ).toBe(404)
    const bad = await lookup({ email: "not-an-email", display_id: "x" })
    expect(bad.status).toBe(400)
    const found = await lookup({ email: "GUEST-LOOKUP@example.com", display_id: order.display_id })
    expect(found.status).toBe(200)
    const view = found.body.order as { id: string; families: unknown[] }
    expect(view.id).toBe(order.id)
    expect(JSON.stringify(found.body)).not.toMatch(/address_1|phone|"email"/)

    // Another customer, logged in, gets the same 404 as for an order that does not exist.
    const email = `other-${Date.now()}@example.com`
    const registered = await api("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email, password: "a-strong-password-5" },
      headers: key,
    })
    await api("/store/customers", {
      method: "POST",
      body: { email },
      headers: { ...key, ...bearer(registered.body.token as string) },
    })
    const customerToken = await login("customer", email, "a-strong-password-5")
    const asOther = await api(`/store/orders/${order.id}`, { headers: { ...key, ...bearer(customerToken) } })
    expect(asOther.status).toBe(404)
    expect(
      (await api(`/store/orders/${order.id}/families`, { headers: { ...key, ...bearer(customerToken) } }))
        .status,
    ).toBe(404)
  })
})
