import { randomBytes } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bearer, registerFamily, type Seller } from "../../support/actors"
import { api, asAdmin, withDb, withPublishableKey } from "../../support/context"
import {
  approvedFamily,
  createProduct,
  decideFamily,
  decideListing,
  IMAGES,
  type Listing,
  publishedProduct,
  submitProduct,
  uploadImages,
} from "../../support/listings"
import { waitFor } from "../../support/wait-for"

type Card = {
  id: string
  handle: string
  title: string
  price: { amount: number; currency_code: string }
  thumbnail: string | null
  family: { handle: string; name: string } | null
  rating: number | null
  review_count: number
  in_stock: boolean
}
type Page = { products: Card[]; count: number; limit: number; offset: number }
type Detail = Card & {
  family: { handle: string; name: string; governorate: string | null }
  variant_id: string
  description: string | null
  materials: string | null
  images: string[]
  category: { handle: string; name: string } | null
}
type MedusaProduct = {
  id: string
  handle: string
  title: string
  metadata: Record<string, unknown> | null
  variants: { calculated_price: { calculated_amount: number; currency_code: string } | null }[]
}

const DECIMALS: Record<string, number> = { jod: 3, usd: 2, eur: 2, gbp: 2, sar: 2, aed: 2 }
const SEED_RATES = { usd: "1.41", eur: "1.30", gbp: "1.11", sar: "5.29", aed: "5.18" }
const token = () => randomBytes(3).toString("hex")

const regions: Record<string, string> = {}
const store = (path: string, headers: Record<string, string> = {}) =>
  api(path, { headers: { ...withPublishableKey(), ...headers } })

function catalogUrl(params: Record<string, string | number | undefined>, handle?: string) {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value))
  return `/store/catalog${handle ? `/${handle}` : ""}?${search}`
}

async function page(params: Record<string, string | number | undefined>) {
  const response = await store(catalogUrl({ region_id: regions.jod, ...params }))
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return { ...(response.body as unknown as Page), cache: response.headers.get("x-catalog-cache") }
}

async function detail(handle: string, params: Record<string, string> = {}) {
  const response = await store(catalogUrl({ region_id: regions.jod, ...params }, handle))
  return {
    status: response.status,
    product: response.body.product as Detail | undefined,
    cache: response.headers.get("x-catalog-cache"),
  }
}

async function medusaProducts(query: string, currency: string): Promise<MedusaProduct[]> {
  const response = await store(
    `/store/products?${query}&region_id=${regions[currency]}&fields=id,handle,title,metadata,*variants.calculated_price`,
  )
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.products as MedusaProduct[]
}

const minor = (amount: number, currency: string) => Math.round(amount * 10 ** (DECIMALS[currency] ?? 2))
const medusaPrice = (product: MedusaProduct | undefined, currency: string) =>
  minor(product?.variants[0]?.calculated_price?.calculated_amount ?? Number.NaN, currency)

const familyHandle = (familyId: string) =>
  withDb(async (db) => (await db.query("select handle from family where id = $1", [familyId])).rows[0].handle)

const asSeller = (seller: Seller) => bearer(seller.token)

/** Waits until the product is (or is no longer) in its family's listing: product events are applied by a subscriber. */
const listed = (family: string, productId: string, present = true) =>
  waitFor(
    async () => {
      const found = (await page({ family, limit: 100 })).products.some((card) => card.id === productId)
      return found === present
    },
    { what: `${productId} ${present ? "in" : "out of"} the catalogue`, timeoutMs: 30_000 },
  )

beforeAll(async () => {
  const response = await api("/store/regions?limit=50", { headers: withPublishableKey() })
  for (const region of response.body.regions as { id: string; currency_code: string }[]) {
    regions[region.currency_code] = region.id
  }
})

describe("GET /store/catalog: what bad input gets", () => {
  it("needs the publishable key, like every store route", async () => {
    const response = await api(catalogUrl({ region_id: regions.jod }))
    expect(response.status).toBe(400)
    expect(String(response.body.message)).toMatch(/publishable/i)
  })

  it.each([
    [{}, "region_id"],
    [{ region_id: "reg_nope" }, "region_id"],
    [{ lang: "fr" }, "lang"],
    [{ limit: 0 }, "limit"],
    [{ limit: 101 }, "limit"],
    [{ limit: "ten" }, "limit"],
    [{ offset: -1 }, "offset"],
    [{ page: 0 }, "page"],
    [{ page: 2, offset: 20 }, "page"],
    [{ min_price: -1 }, "min_price"],
    [{ min_price: 1.5 }, "min_price"],
    [{ min_price: 900, max_price: 100 }, "min_price"],
    [{ max_price: "cheap" }, "max_price"],
    [{ sort: "cheapest" }, "sort"],
    [{ sort: "relevance" }, "sort"],
    [{ q: "!!!" }, "q"],
    [{ q: "x".repeat(101) }, "q"],
    [{ category: "cars" }, "category"],
    [{ governorate: "paris" }, "governorate"],
    [{ family: "Not A Handle!" }, "family"],
    [{ colour: "red" }, "colour"],
  ])("%j: 400 naming %s", async (params, field) => {
    // The first case has no region at all; every other one is a valid request but for the named field.
    const query = Object.keys(params).length === 0 ? {} : { region_id: regions.jod, ...params }
    const response = await store(catalogUrl(query as Record<string, string>))
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(String(response.body.message)).toContain(field)
  })

  it("answers the product page 400 without a region and 404 for a product it does not sell", async () => {
    const noRegion = await store("/store/catalog/zaatar-blend-ajloun")
    expect(noRegion.status).toBe(400)
    expect(String(noRegion.body.message)).toContain("region_id")
    const badLang = await store(catalogUrl({ region_id: regions.jod, lang: "de" }, "zaatar-blend-ajloun"))
    expect(badLang.status).toBe(400)
    expect(String(badLang.body.message)).toContain("lang")
    const missing = await detail("no-such-product")
    expect(missing.status).toBe(404)
  })
})

describe("GET /store/catalog: cards, prices and languages", () => {
  it("lists what Medusa's /store/products lists for the same key, with the same total", async () => {
    await waitFor(
      async () => {
        const catalog = await page({ limit: 1 })
        const medusa = await store(`/store/products?limit=1&region_id=${regions.jod}&fields=id`)
        return catalog.count === medusa.body.count && catalog.count > 100
      },
      { what: "the catalogue to count what /store/products counts" },
    )
  })

  it("prices every card in the region's currency exactly as Medusa's calculated price", async () => {
    for (const currency of ["jod", "usd", "eur", "sar"]) {
      const cards = (await page({ region_id: regions[currency], limit: 15, sort: "price_desc" })).products
      expect(cards).toHaveLength(15)
      const medusa = await medusaProducts(cards.map((card) => `id[]=${card.id}`).join("&"), currency)
      const byId = new Map(medusa.map((product) => [product.id, product]))
      for (const card of cards) {
        expect(card.price.currency_code).toBe(currency)
        expect(card.price.amount, `${card.handle} in ${currency}`).toBe(
          medusaPrice(byId.get(card.id), currency),
        )
      }
    }
  })

  it("gives everything a card needs, in the requested language", async () => {
    const [medusa] = await medusaProducts("handle=zaatar-blend-ajloun", "jod")
    const en = (await page({ q: "zaatar ajloun", lang: "en" })).products.find(
      (card) => card.handle === "zaatar-blend-ajloun",
    )
    const ar = (await page({ q: "زعتر عجلون", lang: "ar" })).products.find(
      (card) => card.handle === "zaatar-blend-ajloun",
    )
    expect(en).toMatchObject({
      id: medusa?.id,
      title: medusa?.title,
      price: { amount: 4_500, currency_code: "jod" },
      family: { handle: "ajloun-forest-pantry", name: "Ajloun Forest Pantry" },
      rating: null,
      review_count: 0,
      in_stock: true,
    })
    expect(en?.thumbnail).toMatch(/zaatar-blend-ajloun\.svg$/)
    expect(ar?.title).toBe(medusa?.metadata?.title_ar)
    expect(ar?.family?.name).toBe("مونة غابات عجلون")
  })

  it("answers the product page with the card, the words, every photo and the variant to buy", async () => {
    const en = await detail("zaatar-blend-ajloun")
    const ar = await detail("zaatar-blend-ajloun", { lang: "ar" })
    expect(en.status).toBe(200)
    expect(en.product).toMatchObject({
      handle: "zaatar-blend-ajloun",
      price: { amount: 4_500, currency_code: "jod" },
      family: { handle: "ajloun-forest-pantry", governorate: "ajloun" },
      category: { handle: "pantry-food", name: "Pantry and food" },
    })
    expect(en.product?.variant_id).toMatch(/^variant_/)
    expect(en.product?.images.length).toBeGreaterThan(0)
    expect(en.product?.description).toMatch(/thyme/i)
    expect(ar.product?.category?.name).toBe("المونة والأطعمة")
    expect(ar.product?.description).toMatch(/زعتر/)
  })

  it("serves a repeated request from the cache, and a 304 to a matching ETag", async () => {
    const url = catalogUrl({ region_id: regions.usd, category: "mosaics", limit: 5 })
    await store(url)
    const again = await store(url)
    expect(again.headers.get("x-catalog-cache")).toBe("hit")
    const etag = again.headers.get("etag") as string
    const revalidated = await store(url, { "if-none-match": etag })
    expect(revalidated.status).toBe(304)
  })
})

describe("GET /store/catalog: filters, sorting and pages", () => {
  it("filters by category with the same total as Medusa's category filter", async () => {
    const category = await withDb(
      async (db) =>
        (await db.query("select id from product_category where handle = 'mosaics'")).rows[0].id as string,
    )
    const catalog = await page({ category: "mosaics", limit: 100 })
    const medusa = await store(
      `/store/products?category_id[]=${category}&limit=100&region_id=${regions.jod}&fields=id`,
    )
    expect(catalog.count).toBe(medusa.body.count)
    expect(new Set(catalog.products.map((card) => card.id))).toEqual(
      new Set((medusa.body.products as { id: string }[]).map((product) => product.id)),
    )
  })

  it("filters by governorate, family and price range", async () => {
    const irbid = await page({ governorate: "irbid", limit: 100 })
    expect(irbid.count).toBeGreaterThan(0)
    for (const card of irbid.products.slice(0, 5)) {
      expect((await detail(card.handle)).product?.family.governorate).toBe("irbid")
    }
    const family = await page({ family: "madaba-mosaic-sisters", limit: 100 })
    expect(family.count).toBeGreaterThan(0)
    for (const card of family.products) expect(card.family?.handle).toBe("madaba-mosaic-sisters")

    const cheap = await page({ min_price: 3_000, max_price: 5_000, limit: 100 })
    expect(cheap.count).toBeGreaterThan(0)
    for (const card of cheap.products) {
      expect(card.price.amount).toBeGreaterThanOrEqual(3_000)
      expect(card.price.amount).toBeLessThanOrEqual(5_000)
    }
    const combined = await page({ governorate: "madaba", category: "mosaics", max_price: 100_000 })
    expect(combined.count).toBeGreaterThan(0)
    expect(combined.count).toBeLessThanOrEqual((await page({ category: "mosaics" })).count)
  })

  it("sorts by price both ways", async () => {
    const up = (await page({ sort: "price_asc", limit: 30 })).products.map((card) => card.price.amount)
    const down = (await page({ sort: "price_desc", limit: 30 })).products.map((card) => card.price.amount)
    expect(up).toEqual([...up].sort((a, b) => a - b))
    expect(down).toEqual([...down].sort((a, b) => b - a))
    expect((await page({ sort: "popular", limit: 5 })).products).toHaveLength(5)
    expect((await page({ sort: "rating", limit: 5 })).products).toHaveLength(5)
  })

  it("pages with limit and offset or page, always with the total", async () => {
    const first = await page({ limit: 4, page: 1 })
    const second = await page({ limit: 4, page: 2 })
    const byOffset = await page({ limit: 4, offset: 4 })
    expect(second.products.map((card) => card.id)).toEqual(byOffset.products.map((card) => card.id))
    expect(second.offset).toBe(4)
    expect(first.count).toBe(second.count)
    const ids = [...first.products, ...second.products].map((card) => card.id)
    expect(new Set(ids).size).toBe(8)
    const beyond = await page({ limit: 4, page: 9_999 })
    expect(beyond.products).toEqual([])
    expect(beyond.count).toBe(first.count)
  })
})

describe("GET /store/catalog: Arabic and English search", () => {
  let seller: Seller
  let family: string
  let bracelet: Listing
  let jam: Listing
  const tag = token()

  beforeAll(async () => {
    seller = await approvedFamily(`search-${tag}`)
    family = await familyHandle(seller.familyId)
    bracelet = await publishedProduct(seller, {
      title_en: `Embroidered bracelet ${tag}`,
      title_ar: "إسوارة مطرزة بالخرز",
      category: "embroidery-tatreez",
      materials_en: "glass beads, cotton thread",
      materials_ar: "خرز زجاجي، خيط قطن",
    })
    jam = await publishedProduct(seller, {
      title_en: `Apricot jam ${tag}`,
      title_ar: "مُرَبّى المِشْمِش البيتي",
      category: "pantry-food",
    })
    await listed(family, bracelet.id)
    await listed(family, jam.id)
  })

  const found = async (q: string, params: Record<string, string> = {}) =>
    (await page({ q, family, limit: 50, ...params })).products.map((card) => card.id)

  it("finds إسوارة when the buyer types اسوارة, and the reverse", async () => {
    expect(await found("اسوارة")).toEqual([bracelet.id])
    expect(await found("إسواره")).toEqual([bracelet.id])
    expect((await page({ q: "اسوارة مطرزة", limit: 50 })).products.map((card) => card.id)).toContain(
      bracelet.id,
    )
  })

  it("finds a title written with diacritics by the bare word, and the reverse", async () => {
    expect(await found("مربى")).toEqual([jam.id])
    expect(await found("مربي المشمش")).toEqual([jam.id])
    expect(await found("مُرَبّـــى")).toEqual([jam.id])
  })

  it("searches English titles, materials, family names and categories, every word required", async () => {
    expect(await found(`bracelet ${tag}`)).toEqual([bracelet.id])
    expect(await found("BEADS")).toEqual([bracelet.id])
    expect(await found("خرز زجاجي")).toEqual([bracelet.id])
    expect(await found(`jam ${tag}`)).toEqual([jam.id])
    expect(await found("bracelet apricot")).toEqual([])
    expect((await found(`search ${tag} family`)).sort()).toEqual([bracelet.id, jam.id].sort())
    expect(await found("pantry")).toEqual([jam.id])
  })

  it("ranks title matches first when searching", async () => {
    const results = (await page({ q: "zaatar", limit: 10 })).products
    expect(results[0]?.title.toLowerCase()).toContain("za'atar")
  })
})

describe("GET /store/catalog: only what the store sells, and changes at once", () => {
  it("never shows a suspended family's products or a draft family's drafts", async () => {
    const suspended = await page({ family: "rusaifa-needle-and-loom" })
    expect(suspended.count).toBe(0)
    const handles = await withDb(async (db) =>
      (
        await db.query(
          `select p.handle from product p join family_family_product_product l on l.product_id = p.id
               join family f on f.id = l.family_id where f.handle = 'rusaifa-needle-and-loom'`,
        )
      ).rows.map((row) => row.handle as string),
    )
    expect(handles.length).toBeGreaterThan(0)
    for (const handle of handles) expect((await detail(handle)).status).toBe(404)

    const tag = token()
    const draftFamily = await registerFamily(`draft-${tag}`)
    const draft = await createProduct(draftFamily, { title_en: `Draft family soap ${tag}` })
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect((await page({ q: `soap ${tag}` })).count).toBe(0)
    expect((await detail(draft.handle)).status).toBe(404)
  })

  it("shows a listing once a reviewer approves it, not before", async () => {
    const seller = await approvedFamily(`approve-${token()}`)
    const family = await familyHandle(seller.familyId)
    const product = await createProduct(seller, { title_en: "Olive wood spoon" })
    expect(
      (
        await uploadImages(seller.token, product.id, [
          { name: "a.png", content: IMAGES.png, type: "image/png" },
        ])
      ).status,
    ).toBe(201)
    expect((await submitProduct(seller, product.id)).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect((await page({ family })).count).toBe(0)
    expect((await decideListing(product.id, "approve")).status).toBe(200)
    await listed(family, product.id)
    expect((await detail(product.handle)).status).toBe(200)
  })

  it("drops a suspended family's products from the very next response, and brings them back on reinstatement", async () => {
    const tag = token()
    const seller = await approvedFamily(`suspend-${tag}`)
    const family = await familyHandle(seller.familyId)
    const product = await publishedProduct(seller, {
      title_en: `Suspended rug ${tag}`,
      category: "textiles-rugs",
    })
    await listed(family, product.id)

    // Warm every kind of cached answer that shows the product.
    for (let round = 0; round < 2; round++) {
      expect((await page({ family })).count).toBe(1)
      expect((await page({ q: `rug ${tag}` })).count).toBe(1)
      expect(
        (await page({ category: "textiles-rugs", limit: 100 })).products.map((card) => card.id),
      ).toContain(product.id)
      expect((await detail(product.handle)).status).toBe(200)
    }
    expect((await page({ family })).cache).toBe("hit")
    expect((await detail(product.handle)).cache).toBe("hit")

    const suspended = await decideFamily(seller.familyId, "suspend", { reason: "Complaint under review" })
    expect(suspended.status).toBe(200)
    // No waiting: the workflow rebuilt the rows and invalidated the answers before it returned.
    expect((await page({ family })).count).toBe(0)
    expect((await page({ q: `rug ${tag}` })).count).toBe(0)
    expect(
      (await page({ category: "textiles-rugs", limit: 100 })).products.map((card) => card.id),
    ).not.toContain(product.id)
    expect((await detail(product.handle)).status).toBe(404)

    expect((await decideFamily(seller.familyId, "reinstate")).status).toBe(200)
    expect((await page({ family })).products.map((card) => card.id)).toEqual([product.id])
    expect((await detail(product.handle)).status).toBe(200)
  })

  it("shows a family's new JOD price, and the other currencies once the pricing job has run", async () => {
    const seller = await approvedFamily(`price-${token()}`)
    const product = await publishedProduct(seller, { price_jod_fils: 5_000 })
    const family = await familyHandle(seller.familyId)
    await listed(family, product.id)
    const usdBefore = (await detail(product.handle, { region_id: regions.usd as string })).product?.price
      .amount
    expect((await detail(product.handle)).product?.price.amount).toBe(5_000)

    const edit = await api(`/seller/products/${product.id}`, {
      method: "POST",
      headers: asSeller(seller),
      body: { price_jod_fils: 8_250 },
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    await waitFor(async () => (await detail(product.handle)).product?.price.amount === 8_250, {
      what: "the new JOD price in the catalogue",
    })
    const medusaUsd = await waitFor(
      async () => {
        const price = medusaPrice((await medusaProducts(`id[]=${product.id}`, "usd"))[0], "usd")
        return price !== usdBefore ? price : undefined
      },
      { what: "the pricing job to reprice USD" },
    )
    await waitFor(
      async () =>
        (await detail(product.handle, { region_id: regions.usd as string })).product?.price.amount ===
        medusaUsd,
      { what: "the catalogue to show the repriced USD price" },
    )
    const card = (await page({ family, region_id: regions.usd })).products[0]
    expect(card?.price).toEqual({ amount: medusaUsd, currency_code: "usd" })
  })

  it("shows a product out of stock when its family's stock runs out, and back in stock after", async () => {
    const seller = await approvedFamily(`stock-${token()}`)
    const product = await publishedProduct(seller, { stock: 4 })
    const family = await familyHandle(seller.familyId)
    await listed(family, product.id)
    expect((await detail(product.handle)).product?.in_stock).toBe(true)
    const setStock = (stock: number) =>
      api(`/seller/products/${product.id}`, { method: "POST", headers: asSeller(seller), body: { stock } })
    expect((await setStock(0)).status).toBe(200)
    await waitFor(async () => (await detail(product.handle)).product?.in_stock === false, {
      what: "the card to say out of stock",
    })
    expect((await setStock(7)).status).toBe(200)
    await waitFor(async () => (await detail(product.handle)).product?.in_stock === true, {
      what: "the card to say in stock again",
    })
  })

  describe("after an exchange-rate change", () => {
    afterAll(async () => {
      const response = await api("/admin/exchange-rates", {
        method: "POST",
        headers: asAdmin(),
        body: { rates: SEED_RATES },
      })
      expect(response.status).toBe(202)
      await jobDone((response.body.job as { id: string }).id)
    }, 120_000)

    const jobDone = (id: string) =>
      waitFor(
        async () => {
          const job = (await api(`/admin/jobs/${id}`, { headers: asAdmin() })).body.job as { state: string }
          if (job?.state === "failed") throw new Error(`job ${id} failed`)
          return job?.state === "completed"
        },
        { timeoutMs: 90_000, intervalMs: 250, what: `job ${id}` },
      )

    it("shows every product at the new rate once the bulk reprice is done", async () => {
      const url = { region_id: regions.gbp, category: "soap-dead-sea-cosmetics", limit: 10 }
      const before = await page(url)
      await page(url)
      const response = await api("/admin/exchange-rates", {
        method: "POST",
        headers: asAdmin(),
        body: { rates: { gbp: "1.65" } },
      })
      expect(response.status, JSON.stringify(response.body)).toBe(202)
      await jobDone((response.body.job as { id: string }).id)
      const after = await page(url)
      expect(after.cache).not.toBe("hit")
      const medusa = await medusaProducts(after.products.map((card) => `id[]=${card.id}`).join("&"), "gbp")
      const byId = new Map(medusa.map((product) => [product.id, product]))
      for (const card of after.products) {
        expect(card.price.amount, card.handle).toBe(medusaPrice(byId.get(card.id), "gbp"))
      }
      const was = new Map(before.products.map((card) => [card.id, card.price.amount]))
      for (const card of after.products) expect(card.price.amount).toBeGreaterThan(was.get(card.id) ?? 0)
    })
  })
})
