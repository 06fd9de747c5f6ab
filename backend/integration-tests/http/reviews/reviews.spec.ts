import { beforeAll, describe, expect, it } from "vitest"
import { priceInAllCurrencies } from "../../../src/lib/pricing"
import { bearer, login, registerFamily, type Seller, staffToken } from "../../support/actors"
import { DEMO_FAMILY } from "../../support/checkout"
import { buyer, cardOrderOfFamilies, openedConsignments } from "../../support/consignments"
import { api, asAdmin, store, withDb, withPublishableKey } from "../../support/context"
import { receiveAll, shipAndDeliver } from "../../support/lifecycle"

type Buyer = { email: string; token: string }
type Line = { order_id: string; line_item_id: string; product_id: string }
type Json = Record<string, unknown>

const asBuyer = (who: Buyer) => ({ ...withPublishableKey(), ...bearer(who.token) })
const review = (who: Buyer, body: Json) =>
  api("/store/reviews", { method: "POST", headers: asBuyer(who), body })

/** The lines of an order with their products and families, from the database. */
const linesOf = (orderId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      `select oli.id as line_item_id, oli.product_id, l.family_id
         from order_item oi
         join order_line_item oli on oli.id = oi.item_id and oli.deleted_at is null
         join family_family_product_product l on l.product_id = oli.product_id and l.deleted_at is null
        where oi.order_id = $1 and oi.deleted_at is null`,
      [orderId],
    )
    return rows as { line_item_id: string; product_id: string; family_id: string }[]
  })

/**
 * One buyer's order from two families, walked to the buyer's door; a second order of the same buyer that has not
 * left the families' homes. The tests build on each other, in order.
 */
describe("reviews of delivered items, answers, moderation and ratings", () => {
  let lena: Buyer
  let omar: Buyer
  let demoFamily: string
  let outsider: Seller
  let reviewer: string
  let finance: string
  let demoLine: Line & { family_id: string }
  let otherLine: Line & { family_id: string }
  let pendingLine: Line
  let demoReviewId: string

  beforeAll(async () => {
    ;[lena, omar, demoFamily, outsider, reviewer, finance] = await Promise.all([
      buyer("reviewer-lena"),
      buyer("reviewer-omar"),
      login("seller", DEMO_FAMILY.email, DEMO_FAMILY.password),
      registerFamily("review-outsider"),
      staffToken("reviewer"),
      staffToken("finance"),
    ])
    const hub = bearer(await staffToken("hub"))
    const delivered = await cardOrderOfFamilies(2, lena)
    const consignments = await openedConsignments(delivered.order.id, 2)
    const shipment = await receiveAll(
      hub,
      consignments.map((row) => row.id),
      delivered.order.id,
    )
    await shipAndDeliver(hub, shipment.id, `RV${Date.now()}JO`)
    const lines = await linesOf(delivered.order.id)
    const demoFamilyId = delivered.products[0]?.family_id
    const toLine = (row: (typeof lines)[number]) => ({ order_id: delivered.order.id, ...row })
    demoLine = toLine(lines.find((row) => row.family_id === demoFamilyId) as (typeof lines)[number])
    otherLine = toLine(lines.find((row) => row.family_id !== demoFamilyId) as (typeof lines)[number])

    const pending = await cardOrderOfFamilies(1, lena)
    const [first] = await linesOf(pending.order.id)
    pendingLine = { order_id: pending.order.id, ...(first as (typeof lines)[number]) }
  })

  it("refuses a review before delivery, of someone else's order, and without a login", async () => {
    const early = await review(lena, {
      order_id: pendingLine.order_id,
      line_item_id: pendingLine.line_item_id,
      rating: 5,
      text: "Lovely",
    })
    expect(early.status, JSON.stringify(early.body)).toBe(409)
    expect(String(early.body.message)).toMatch(/line_item_id: .*delivered/)

    const notMine = await review(omar, {
      order_id: demoLine.order_id,
      line_item_id: demoLine.line_item_id,
      rating: 1,
      text: "Not my order",
    })
    expect(notMine.status).toBe(404)
    const notInOrder = await review(lena, {
      order_id: demoLine.order_id,
      line_item_id: pendingLine.line_item_id,
      rating: 4,
      text: "Wrong order",
    })
    expect(notInOrder.status).toBe(404)
    expect(String(notInOrder.body.message)).toMatch(/line_item_id/)

    const anonymous = await store("/store/reviews", {
      method: "POST",
      body: { order_id: demoLine.order_id, line_item_id: demoLine.line_item_id, rating: 5, text: "Hi" },
    })
    expect(anonymous.status).toBe(401)
  })

  it("answers 400 naming the field for a bad review", async () => {
    const base = { order_id: demoLine.order_id, line_item_id: demoLine.line_item_id, rating: 5, text: "Good" }
    const cases: [Json, RegExp][] = [
      [{ ...base, rating: 0 }, /rating/],
      [{ ...base, rating: 6 }, /rating/],
      [{ ...base, rating: 3.5 }, /rating/],
      [{ ...base, rating: "5" }, /rating/],
      [{ ...base, text: undefined }, /text/],
      [{ ...base, text: " " }, /text/],
      [{ ...base, text: "x".repeat(2001) }, /text/],
      [{ ...base, line_item_id: undefined }, /line_item_id/],
      [{ ...base, order_id: 42 }, /order_id/],
      [{ ...base, customer_id: "cus_someone" }, /customer_id/],
      [{ ...base, status: "published" }, /status/],
    ]
    for (const [body, field] of cases) {
      const response = await review(lena, body)
      expect(response.status, JSON.stringify(body).slice(0, 120)).toBe(400)
      expect(String(response.body.message), JSON.stringify(body).slice(0, 120)).toMatch(field)
    }
  })

  it("lists the delivered items still to review in the buyer's account", async () => {
    const mine = await api("/store/customers/me/reviews", { headers: asBuyer(lena) })
    expect(mine.status, JSON.stringify(mine.body)).toBe(200)
    const awaiting = (mine.body.awaiting_review as { line_item_id: string }[]).map(
      (line) => line.line_item_id,
    )
    expect(awaiting.sort()).toEqual([demoLine.line_item_id, otherLine.line_item_id].sort())
    expect(awaiting).not.toContain(pendingLine.line_item_id)
    expect(mine.body.reviews).toEqual([])
    expect((await store("/store/customers/me/reviews")).status).toBe(401)
  })

  it("takes one review per delivered item and keeps the product's and family's ratings", async () => {
    const created = await review(lena, {
      order_id: demoLine.order_id,
      line_item_id: demoLine.line_item_id,
      rating: 5,
      text: "  The za'atar smells of the hills. شكراً  ",
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const body = created.body as { review: { id: string; text: string; author_name: string }; rating: Json }
    demoReviewId = body.review.id
    expect(body.review.text).toBe("The za'atar smells of the hills. شكراً")
    expect(body.review.author_name).not.toContain("@")
    expect(body.rating).toMatchObject({ review_count: 1, average: 5 })

    const twice = await review(lena, {
      order_id: demoLine.order_id,
      line_item_id: demoLine.line_item_id,
      rating: 1,
      text: "Changed my mind",
    })
    expect(twice.status).toBe(409)
    expect(String(twice.body.message)).toMatch(/already reviewed/)

    const other = await review(lena, {
      order_id: otherLine.order_id,
      line_item_id: otherLine.line_item_id,
      rating: 2,
      text: "Arrived late but nice",
    })
    expect(other.status, JSON.stringify(other.body)).toBe(201)

    const product = await store(`/store/products/${demoLine.product_id}/reviews`)
    expect(product.status).toBe(200)
    expect(product.body).toMatchObject({
      count: 1,
      rating: { target_type: "product", review_count: 1, average: 5, stars: { "5": 1 } },
    })
    expect(JSON.stringify(product.body)).not.toContain(lena.email)
    expect(JSON.stringify(product.body)).not.toContain("customer_id")

    const handle = await withDb(
      async (db) =>
        (await db.query("select handle from family where id = $1", [demoLine.family_id])).rows[0]
          ?.handle as string,
    )
    const family = await store(`/store/families/${handle}/reviews`)
    expect(family.status).toBe(200)
    expect((family.body.reviews as { id: string }[]).map((row) => row.id)).toContain(demoReviewId)
    expect(family.body.rating).toMatchObject({ target_type: "family", review_count: expect.any(Number) })
    const summary = await withDb(
      async (db) =>
        (
          await db.query(
            `select count(*)::int as count, avg(rating)::float as average from review
              where family_id = $1 and status = 'published' and deleted_at is null`,
            [demoLine.family_id],
          )
        ).rows[0] as { count: number; average: number },
    )
    expect(family.body.rating).toMatchObject({ review_count: summary.count })

    const mine = await api("/store/customers/me/reviews", { headers: asBuyer(lena) })
    expect(mine.body.awaiting_review).toEqual([])
    expect((mine.body.reviews as unknown[]).length).toBe(2)

    expect((await store("/store/products/prod_does_not_exist/reviews")).status).toBe(404)
    expect((await store("/store/families/no-such-family/reviews")).status).toBe(404)
    expect((await store(`/store/products/${demoLine.product_id}/reviews?limit=0`)).status).toBe(400)
  })

  it("lets the family answer once, and no other family at all", async () => {
    const stranger = await api(`/seller/reviews/${demoReviewId}/reply`, {
      method: "POST",
      headers: bearer(outsider.token),
      body: { text: "Thank you!" },
    })
    expect(stranger.status).toBe(404)
    expect((await api("/seller/reviews", { headers: bearer(outsider.token) })).body).toMatchObject({
      reviews: [],
      count: 0,
    })

    for (const [body, field] of [
      [{}, /text/],
      [{ text: "" }, /text/],
      [{ text: "Thanks", review_id: "rev_x" }, /review_id/],
    ] as [Json, RegExp][]) {
      const bad = await api(`/seller/reviews/${demoReviewId}/reply`, {
        method: "POST",
        headers: bearer(demoFamily),
        body,
      })
      expect(bad.status, JSON.stringify(body)).toBe(400)
      expect(String(bad.body.message)).toMatch(field)
    }

    const answered = await api(`/seller/reviews/${demoReviewId}/reply`, {
      method: "POST",
      headers: bearer(demoFamily),
      body: { text: "شكراً لكِ يا لينا" },
    })
    expect(answered.status, JSON.stringify(answered.body)).toBe(200)
    expect(answered.body.review).toMatchObject({ reply: { text: "شكراً لكِ يا لينا" } })
    const again = await api(`/seller/reviews/${demoReviewId}/reply`, {
      method: "POST",
      headers: bearer(demoFamily),
      body: { text: "And again" },
    })
    expect(again.status).toBe(409)
    expect(
      (await api(`/seller/reviews/${demoReviewId}/reply`, { method: "POST", body: { text: "x" } })).status,
    ).toBe(401)

    const own = await api("/seller/reviews", { headers: bearer(demoFamily) })
    expect((own.body.reviews as { id: string }[]).map((row) => row.id)).toContain(demoReviewId)
    const product = await store(`/store/products/${demoLine.product_id}/reviews`)
    expect(product.body.reviews).toMatchObject([{ id: demoReviewId, reply: { text: "شكراً لكِ يا لينا" } }])
  })

  it("lets the ministry hide a review with a reason; the ratings no longer count it", async () => {
    const hide = (token: string, body: Json, id = demoReviewId) =>
      api(`/admin/reviews/${id}/hide`, { method: "POST", headers: bearer(token), body })
    expect((await hide(finance, { reason: "Offensive words" })).status).toBe(403)
    for (const [body, field] of [
      [{}, /reason/],
      [{ reason: "  " }, /reason/],
      [{ reason: "no" }, /reason/],
      [{ reason: "Offensive", status: "hidden" }, /status/],
    ] as [Json, RegExp][]) {
      const bad = await hide(reviewer, body)
      expect(bad.status, JSON.stringify(body)).toBe(400)
      expect(String(bad.body.message)).toMatch(field)
    }
    expect((await hide(reviewer, { reason: "Spam" }, "rev_does_not_exist")).status).toBe(404)

    const hidden = await hide(reviewer, { reason: "Names a person" })
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(200)
    expect(hidden.body.review).toMatchObject({ status: "hidden", hidden_reason: "Names a person" })
    expect((await hide(reviewer, { reason: "Again" })).status).toBe(409)

    const product = await store(`/store/products/${demoLine.product_id}/reviews`)
    expect(product.body).toMatchObject({ reviews: [], count: 0, rating: { review_count: 0, average: null } })
    const own = await api("/seller/reviews?status=hidden", { headers: bearer(demoFamily) })
    expect(own.body.reviews).toMatchObject([{ id: demoReviewId, hidden_reason: "Names a person" }])
    const queue = await api("/admin/reviews?status=hidden", { headers: asAdmin() })
    expect(queue.status).toBe(200)
    expect((queue.body.reviews as { id: string }[]).map((row) => row.id)).toContain(demoReviewId)
    expect((await api("/admin/reviews?status=gone", { headers: bearer(reviewer) })).status).toBe(400)
  })

  it("lists reviews for the console newest first, filtered by rating, status, product and family", async () => {
    const list = (query: string, token = reviewer) =>
      api(`/admin/reviews?${query}`, { headers: bearer(token) })
    const ids = (body: Json) => (body.reviews as { id: string }[]).map((row) => row.id)

    const all = await list("limit=100")
    expect(all.status).toBe(200)
    const dates = (all.body.reviews as { created_at: string }[]).map((row) => Date.parse(row.created_at))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    expect(all.body).toMatchObject({ limit: 100, offset: 0, count: expect.any(Number) })

    const fives = await list(`rating=5&family_id=${demoLine.family_id}`)
    expect(ids(fives.body)).toContain(demoReviewId)
    expect((fives.body.reviews as { rating: number }[]).every((row) => row.rating === 5)).toBe(true)
    const twos = await list(`rating=2&product_id=${otherLine.product_id}`)
    expect(twos.body.reviews).toMatchObject([
      { rating: 2, status: "published", product_id: otherLine.product_id, family_id: otherLine.family_id },
    ])
    expect(ids((await list(`rating=2&product_id=${demoLine.product_id}`)).body)).toEqual([])
    const published = await list(`status=published&family_id=${demoLine.family_id}`)
    expect(ids(published.body)).not.toContain(demoReviewId)
    expect(ids((await list("status=hidden&rating=5")).body)).toContain(demoReviewId)

    for (const [query, field] of [
      ["rating=0", /rating/],
      ["rating=6", /rating/],
      ["rating=4.5", /rating/],
      ["rating=five", /rating/],
      ["limit=101", /limit/],
      ["offset=-1", /offset/],
    ] as [string, RegExp][]) {
      const bad = await list(query)
      expect(bad.status, query).toBe(400)
      expect(String(bad.body.message), query).toMatch(field)
    }
    expect((await list("limit=1", finance)).status).toBe(403)
    expect((await api("/admin/reviews")).status).toBe(401)
  })

  it("lets the ministry show a hidden review again, with a reason; the ratings count it again", async () => {
    const show = (token: string, body: Json, id = demoReviewId) =>
      api(`/admin/reviews/${id}/show`, { method: "POST", headers: bearer(token), body })
    expect((await show(finance, { reason: "Hidden by mistake" })).status).toBe(403)
    expect((await api(`/admin/reviews/${demoReviewId}/show`, { method: "POST", body: {} })).status).toBe(401)
    for (const [body, field] of [
      [{}, /reason/],
      [{ reason: "  " }, /reason/],
      [{ reason: "ok" }, /reason/],
      [{ reason: "x".repeat(501) }, /reason/],
      [{ reason: "Hidden by mistake", status: "published" }, /status/],
    ] as [Json, RegExp][]) {
      const bad = await show(reviewer, body)
      expect(bad.status, JSON.stringify(body)).toBe(400)
      expect(String(bad.body.message)).toMatch(field)
    }
    expect((await show(reviewer, { reason: "Hidden by mistake" }, "rev_does_not_exist")).status).toBe(404)

    const shown = await show(reviewer, { reason: "The buyer named no one after all" })
    expect(shown.status, JSON.stringify(shown.body)).toBe(200)
    expect(shown.body.review).toMatchObject({
      id: demoReviewId,
      status: "published",
      hidden_reason: null,
      hidden_at: null,
    })
    expect((await show(reviewer, { reason: "Once more" })).status).toBe(409)

    const product = await store(`/store/products/${demoLine.product_id}/reviews`)
    expect(product.body).toMatchObject({
      reviews: [{ id: demoReviewId, reply: { text: "شكراً لكِ يا لينا" } }],
      rating: { review_count: 1, average: 5 },
    })
    const audit = await api(`/admin/audit-log?entity_id=${demoReviewId}&limit=10`, { headers: asAdmin() })
    expect(audit.status, JSON.stringify(audit.body)).toBe(200)
    expect(JSON.stringify(audit.body)).toContain("The buyer named no one after all")

    // Hidden again, then shown: the same review moves both ways as often as the ministry decides.
    const hide = await api(`/admin/reviews/${demoReviewId}/hide`, {
      method: "POST",
      headers: bearer(reviewer),
      body: { reason: "Names a person after all" },
    })
    expect(hide.status).toBe(200)
    expect((await store(`/store/products/${demoLine.product_id}/reviews`)).body).toMatchObject({ count: 0 })
  })
})

describe("favourites", () => {
  let lena: Buyer
  let omar: Buyer
  let productId: string

  beforeAll(async () => {
    ;[lena, omar] = await Promise.all([buyer("favourite-lena"), buyer("favourite-omar")])
    productId = await withDb(
      async (db) =>
        (
          await db.query(
            "select id from product where status = 'published' and deleted_at is null order by handle limit 1",
          )
        ).rows[0]?.id as string,
    )
  })

  const favourites = (who: Buyer, init: Parameters<typeof api>[1] = {}, path = "") =>
    api(`/store/customers/me/favourites${path}`, { ...init, headers: asBuyer(who) })

  it("saves a product once, shows it only to its owner, and removes it", async () => {
    const saved = await favourites(lena, { method: "POST", body: { product_id: productId } })
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    expect(saved.body.favourite).toMatchObject({ product_id: productId, product: { id: productId } })
    expect((await favourites(lena, { method: "POST", body: { product_id: productId } })).status).toBe(200)
    const list = await favourites(lena)
    expect(list.body).toMatchObject({ count: 1, favourites: [{ product_id: productId }] })

    expect((await favourites(omar)).body).toMatchObject({ count: 0, favourites: [] })
    expect((await favourites(omar, { method: "DELETE" }, `/${productId}`)).status).toBe(404)
    expect((await favourites(omar, { method: "DELETE" }, `?product_id=${productId}`)).status).toBe(404)
    expect((await favourites(lena)).body).toMatchObject({ count: 1 })

    const removed = await favourites(lena, { method: "DELETE" }, `?product_id=${productId}`)
    expect(removed.status).toBe(200)
    expect((await favourites(lena)).body).toMatchObject({ count: 0 })
    expect((await favourites(lena, { method: "POST", body: { product_id: productId } })).status).toBe(201)
    expect((await favourites(lena, { method: "DELETE" }, `/${productId}`)).status).toBe(200)
    expect((await favourites(lena, { method: "DELETE" }, `/${productId}`)).status).toBe(404)
  })

  it("answers 400 naming the field, 404 for an unknown product and 401 without a login", async () => {
    for (const [body, field] of [
      [{}, /product_id/],
      [{ product_id: "" }, /product_id/],
      [{ product_id: productId, customer_id: "cus_x" }, /customer_id/],
    ] as [Json, RegExp][]) {
      const bad = await favourites(lena, { method: "POST", body })
      expect(bad.status, JSON.stringify(body)).toBe(400)
      expect(String(bad.body.message)).toMatch(field)
    }
    expect((await favourites(lena, { method: "DELETE" })).status).toBe(400)
    const unknown = await favourites(lena, { method: "POST", body: { product_id: "prod_nope" } })
    expect(unknown.status).toBe(404)
    expect(String(unknown.body.message)).toMatch(/product_id/)
    expect((await store("/store/customers/me/favourites")).status).toBe(401)
  })
})

describe("price preview in the family portal", () => {
  it("shows what buyers pay for a JOD price at today's rates, and refuses a bad price", async () => {
    const family = await login("seller", DEMO_FAMILY.email, DEMO_FAMILY.password)
    const rates = await withDb(async (db) => {
      const { rows } = await db.query(
        "select currency_code, rate from exchange_rate where deleted_at is null",
      )
      return Object.fromEntries(
        rows.map((row) => [String(row.currency_code).toUpperCase(), String(row.rate)]),
      )
    })
    const preview = await api("/seller/price-preview?price_jod_fils=12500", { headers: bearer(family) })
    expect(preview.status, JSON.stringify(preview.body)).toBe(200)
    const expected = priceInAllCurrencies(12_500, {
      JOD: "1",
      USD: "1.41",
      EUR: "1.30",
      GBP: "1.11",
      SAR: "5.29",
      AED: "5.18",
      ...rates,
    })
    expect(preview.body).toEqual({ price_jod_fils: 12_500, prices: expected })
    for (const query of ["", "?price_jod_fils=0", "?price_jod_fils=1.5", "?price_jod_fils=abc"]) {
      const bad = await api(`/seller/price-preview${query}`, { headers: bearer(family) })
      expect(bad.status, query).toBe(400)
      expect(String(bad.body.message)).toMatch(/price_jod_fils/)
    }
    expect((await api("/seller/price-preview?price_jod_fils=1000")).status).toBe(401)
  })
})
