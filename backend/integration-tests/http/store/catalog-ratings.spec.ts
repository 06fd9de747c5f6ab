import { randomBytes } from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import { bearer, type Seller, staffToken } from "../../support/actors"
import { captured, cardCartWith, completeCart, payByCard } from "../../support/card-checkout"
import { buyer, openedConsignments } from "../../support/consignments"
import { api, store, withDb, withPublishableKey } from "../../support/context"
import { receiveAll, shipAndDeliver } from "../../support/lifecycle"
import { approvedFamily, type Listing, publishedProduct } from "../../support/listings"
import { waitFor } from "../../support/wait-for"

type Card = { id: string; handle: string; rating: number | null; review_count: number }
type Page = { products: Card[]; count: number; cache: string | null }
type Buyer = { email: string; token: string }

const tag = randomBytes(3).toString("hex")
let regionId: string

async function page(params: Record<string, string | number>): Promise<Page> {
  const search = new URLSearchParams({ region_id: regionId, limit: "100" })
  for (const [key, value] of Object.entries(params)) search.set(key, String(value))
  const response = await store(`/store/catalog?${search}`)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return {
    products: response.body.products as Card[],
    count: response.body.count as number,
    cache: response.headers.get("x-catalog-cache"),
  }
}

async function detail(handle: string) {
  const response = await store(`/store/catalog/${handle}?region_id=${regionId}`)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return { card: response.body.product as Card, cache: response.headers.get("x-catalog-cache") }
}

const cardOf = (found: Page, productId: string) => found.products.find((card) => card.id === productId)

/** A buyer's card order of one product (JOD, to Amman), carried to the buyer's door by the hub. */
async function deliveredOrderOf(who: Buyer, handle: string) {
  const { cartId, collectionId } = await cardCartWith("jod", "jo", [handle], who.email)
  const mine = await store(`/store/carts/${cartId}/customer`, { method: "POST", headers: bearer(who.token) })
  expect(mine.status, JSON.stringify(mine.body)).toBe(200)
  expect((await payByCard(collectionId, "pm_card_visa")).status).toBe(200)
  const completed = await completeCart(cartId)
  expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
  const order = completed.body.order as { id: string }
  await captured(order.id)
  const hub = bearer(await staffToken("hub"))
  const consignments = await openedConsignments(order.id, 1)
  const shipment = await receiveAll(
    hub,
    consignments.map((row) => row.id),
    order.id,
  )
  await shipAndDeliver(hub, shipment.id, `CR${Date.now()}JO`)
  const lineItemId = await withDb(
    async (db) =>
      (
        await db.query(
          `select oli.id from order_item oi join order_line_item oli on oli.id = oi.item_id
            where oi.order_id = $1 and oi.deleted_at is null`,
          [order.id],
        )
      ).rows[0]?.id as string,
  )
  return { orderId: order.id, lineItemId }
}

/**
 * Ratings reach the catalogue through `rating-summary.updated`, applied by a subscriber: the tests wait for the
 * family's listing to show the change (well inside the cache's ten-minute lifetime, so a stale cached answer
 * would fail them), then expect every other warmed answer that shows the product to agree at once.
 */
describe("GET /store/catalog: ratings follow reviews", () => {
  let seller: Seller
  let family: string
  let rated: Listing
  let unrated: Listing
  let lena: Buyer
  let line: { orderId: string; lineItemId: string }
  let reviewId: string

  const ratingOf = async (productId: string) => cardOf(await page({ family }), productId)

  /** Every kind of cached answer that shows the product, asked twice so the second is a hit. */
  async function warm() {
    for (let round = 0; round < 2; round++) {
      await page({ family })
      await page({ family, sort: "rating" })
      await page({ category: "pantry-food", sort: "rating" })
      await page({ q: `ratings ${tag}` })
      await detail(rated.handle)
    }
    expect((await page({ family })).cache).toBe("hit")
    expect((await detail(rated.handle)).cache).toBe("hit")
  }

  beforeAll(async () => {
    const regions = await api("/store/regions?limit=50", { headers: withPublishableKey() })
    regionId = (regions.body.regions as { id: string; currency_code: string }[]).find(
      (region) => region.currency_code === "jod",
    )?.id as string
    seller = await approvedFamily(`ratings-${tag}`)
    family = await withDb(
      async (db) =>
        (await db.query("select handle from family where id = $1", [seller.familyId])).rows[0].handle,
    )
    // The reviewed product first, so "newest" puts the other one ahead and only "rating" can reverse them.
    rated = await publishedProduct(seller, { title_en: `Ratings maftoul ${tag}`, stock: 20 })
    unrated = await publishedProduct(seller, { title_en: `Ratings freekeh ${tag}`, stock: 20 })
    await waitFor(async () => (await page({ family })).count === 2, {
      what: "both products in the catalogue",
    })
    lena = await buyer("catalog-rater")
    line = await deliveredOrderOf(lena, rated.handle)
  })

  it("shows no rating before the first review, and newest first", async () => {
    const listing = await page({ family })
    expect(listing.products.map((card) => card.id)).toEqual([unrated.id, rated.id])
    expect(cardOf(listing, rated.id)).toMatchObject({ rating: null, review_count: 0 })
  })

  it("shows a delivered buyer's review on the card and the product page, with no stale cached answer", async () => {
    await warm()
    const otherFamily = { family: "madaba-mosaic-sisters" }
    await page(otherFamily)
    expect((await page(otherFamily)).cache).toBe("hit")

    const created = await store("/store/reviews", {
      method: "POST",
      headers: bearer(lena.token),
      body: {
        order_id: line.orderId,
        line_item_id: line.lineItemId,
        rating: 4,
        text: "Soft and well rolled",
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    reviewId = (created.body.review as { id: string }).id

    const answered = Date.now()
    await waitFor(async () => (await ratingOf(rated.id))?.rating === 4, {
      what: "the card to show the new rating",
      timeoutMs: 20_000,
      intervalMs: 25,
    })
    console.log(`[catalog ratings] review to card: ${Date.now() - answered} ms`)
    expect(await ratingOf(rated.id)).toMatchObject({ rating: 4, review_count: 1 })
    expect(await ratingOf(unrated.id)).toMatchObject({ rating: null, review_count: 0 })
    expect((await detail(rated.handle)).card).toMatchObject({ rating: 4, review_count: 1 })
    expect(cardOf(await page({ q: `ratings ${tag}` }), rated.id)).toMatchObject({ rating: 4 })
    expect((await page({ family, sort: "rating" })).products.map((card) => card.id)).toEqual([
      rated.id,
      unrated.id,
    ])
    const category = await page({ category: "pantry-food", sort: "rating" })
    expect(cardOf(category, rated.id)).toMatchObject({ rating: 4, review_count: 1 })
    const ratings = category.products.map((card) => card.rating ?? -1)
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a))

    // Only the answers that show the product were invalidated.
    expect((await page(otherFamily)).cache).toBe("hit")
  })

  it("takes the rating away again when the ministry hides the review", async () => {
    await warm()
    const hidden = await api(`/admin/reviews/${reviewId}/hide`, {
      method: "POST",
      headers: bearer(await staffToken("reviewer")),
      body: { reason: "Mentions a competitor's shop by name" },
    })
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(200)

    const answered = Date.now()
    await waitFor(async () => (await ratingOf(rated.id))?.review_count === 0, {
      what: "the card to lose the hidden review",
      timeoutMs: 20_000,
      intervalMs: 25,
    })
    console.log(`[catalog ratings] hide to card: ${Date.now() - answered} ms`)
    expect(await ratingOf(rated.id)).toMatchObject({ rating: null, review_count: 0 })
    expect((await detail(rated.handle)).card).toMatchObject({ rating: null, review_count: 0 })
    expect(cardOf(await page({ q: `ratings ${tag}` }), rated.id)).toMatchObject({ rating: null })
  })

  it("still refuses a sort it does not know, naming the field", async () => {
    const response = await store(`/store/catalog?region_id=${regionId}&sort=stars`)
    expect(response.status).toBe(400)
    expect(String(response.body.message)).toContain("sort")
  })
})
