import { beforeAll, describe, expect, it } from "vitest"
import { bearer, type Seller } from "../../../support/actors"
import { api, withDb, withPublishableKey } from "../../../support/context"
import {
  approvedFamily,
  decideFamily,
  type Listing,
  onStore,
  publishedProduct,
  storeGet,
} from "../../../support/listings"

type PublicFamily = {
  id: string
  handle: string
  name_en: string
  governorate: string | null
  product_count: number
  products?: {
    id: string
    title: string
    metadata: Record<string, unknown>
    variants: { calculated_price?: { calculated_amount: number; currency_code: string } }[]
  }[]
}
type Region = { id: string; currency_code: string }

const SENSITIVE_KEYS = [
  "national_id",
  "national_id_hash",
  "national_id_last4",
  "maker_gender",
  "age_band",
  "disability_in_household",
  "household_size",
  "consent_given_at",
  "sensitive_profile",
  "members",
  "documents",
  "review_events",
  "invites",
  "email",
  "listing_review_reason",
]

/** Every key anywhere in a JSON body. */
function keysOf(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, found)
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      found.add(key)
      keysOf(child, found)
    }
  }
  return found
}

let seller: Seller
let handle: string
let product: Listing

const familiesPage = async (query = "") => {
  const response = await storeGet(`/store/families?limit=100${query}`)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.families as PublicFamily[]
}

beforeAll(async () => {
  seller = await approvedFamily("Storefront")
  const me = await api("/seller/me", { headers: bearer(seller.token) })
  handle = (me.body.family as { handle: string }).handle
  product = await publishedProduct(seller, {
    title_en: "Storefront soap",
    category: "soap-dead-sea-cosmetics",
  })
})

describe("GET /store/families", () => {
  it("lists approved families only, with public fields and how many products each has on sale", async () => {
    const families = await familiesPage()
    const statuses = await withDb(async (db) => {
      const { rows } = await db.query("select handle, status from family")
      return new Map(rows.map((row) => [row.handle as string, row.status as string]))
    })
    expect(families.length).toBeGreaterThanOrEqual(17)
    for (const family of families) expect(statuses.get(family.handle), family.handle).toBe("approved")
    for (const hidden of [
      "rusaifa-needle-and-loom",
      "bsaira-weavers",
      "wadi-rum-bedouin-weaving",
      "anjara-soap-and-candles",
    ]) {
      expect(families.map((family) => family.handle)).not.toContain(hidden)
    }
    const mine = families.find((family) => family.handle === handle)
    expect(mine?.product_count).toBe(1)
    expect(Object.keys(mine ?? {}).sort()).toEqual(
      [
        "association",
        "community_centre",
        "governorate",
        "handle",
        "id",
        "name_ar",
        "name_en",
        "product_count",
        "story_ar",
        "story_en",
      ].sort(),
    )
  })

  it("filters by governorate and by category, and pages", async () => {
    const inMadaba = await familiesPage("&governorate=madaba")
    expect(inMadaba.length).toBeGreaterThan(0)
    expect(inMadaba.every((family) => family.governorate === "madaba")).toBe(true)
    const soap = await familiesPage("&category=soap-dead-sea-cosmetics")
    expect(soap.map((family) => family.handle)).toContain(handle)
    expect(soap.map((family) => family.handle)).toContain("mutah-dead-sea-soap")
    expect(soap.every((family) => family.product_count > 0)).toBe(true)
    const mosaics = await familiesPage("&category=mosaics")
    expect(mosaics.map((family) => family.handle)).not.toContain(handle)
    expect(mosaics.map((family) => family.handle)).toContain("madaba-mosaic-sisters")

    const page = await storeGet("/store/families?limit=2&offset=1")
    expect(page.body).toMatchObject({ limit: 2, offset: 1 })
    expect((page.body.families as unknown[]).length).toBe(2)
    for (const bad of ["governorate=paris", "category=electronics", "limit=101", "status=suspended"]) {
      const response = await storeGet(`/store/families?${bad}`)
      expect(response.status, bad).toBe(400)
      expect(String(response.body.message), bad).toContain(bad.split("=")[0] as string)
    }
  })

  it("needs a publishable key, like every /store route", async () => {
    const response = await api("/store/families")
    expect(response.status).toBe(400)
    expect(String(response.body.message)).toMatch(/publishable/i)
    expect((await api(`/store/families/${handle}`)).status).toBe(400)
  })
})

describe("GET /store/families/:handle", () => {
  it("shows the profile and the products on sale, priced in the request's region", async () => {
    const regions = (await storeGet("/store/regions?limit=50")).body.regions as Region[]
    for (const region of regions) {
      const response = await storeGet(`/store/families/${handle}?region_id=${region.id}`)
      expect(response.status, region.currency_code).toBe(200)
      const family = response.body.family as PublicFamily
      expect(family.products?.map((item) => item.id)).toEqual([product.id])
      const price = family.products?.[0]?.variants[0]?.calculated_price
      expect(price?.currency_code).toBe(region.currency_code)
      expect(price?.calculated_amount).toBeGreaterThan(0)
      if (region.currency_code === "jod") expect(price?.calculated_amount).toBe(product.price_jod_fils / 1000)
    }
    const unpriced = await storeGet(`/store/families/${handle}`)
    expect((unpriced.body.family as PublicFamily).products?.[0]?.metadata.title_ar).toBe("مفتول بلدي يدوي")
    expect((await storeGet(`/store/families/${handle}?region_id=reg_nope`)).status).toBe(400)
  })

  it("is 404 for an unknown, unapproved, rejected or suspended family", async () => {
    for (const unknown of [
      "no-such-family",
      "bsaira-weavers",
      "fuheis-heritage-crafts",
      "wadi-rum-bedouin-weaving",
      "rusaifa-needle-and-loom",
      "anjara-soap-and-candles",
    ]) {
      expect((await storeGet(`/store/families/${unknown}`)).status, unknown).toBe(404)
    }
    expect((await storeGet("/store/families/umm-khalil-kitchen")).status).toBe(200)
  })
})

describe("suspension", () => {
  it("hides every product of the family from every store route at once, and reinstating shows them again", async () => {
    const family = await approvedFamily("Suspendable")
    const me = await api("/seller/me", { headers: bearer(family.token) })
    const familyHandle = (me.body.family as { handle: string }).handle
    const products = [await publishedProduct(family), await publishedProduct(family, { title_en: "Second" })]
    const regions = (await storeGet("/store/regions?limit=50")).body.regions as Region[]
    const jod = regions.find((region) => region.currency_code === "jod") as Region
    const cart = await api("/store/carts", {
      method: "POST",
      headers: withPublishableKey(),
      body: { region_id: jod.id },
    })
    const cartId = (cart.body.cart as { id: string }).id
    const variantOf = async (productId: string) =>
      withDb(async (db) => {
        const { rows } = await db.query("select id from product_variant where product_id = $1", [productId])
        return rows[0].id as string
      })
    const addToCart = async (productId: string) =>
      api(`/store/carts/${cartId}/line-items`, {
        method: "POST",
        headers: withPublishableKey(),
        body: { variant_id: await variantOf(productId), quantity: 1 },
      })
    for (const item of products) expect(await onStore(item.id)).toBe(true)
    expect((await addToCart(products[0]?.id as string)).status).toBe(200)
    expect((await familiesPage()).map((item) => item.handle)).toContain(familyHandle)

    expect(
      (await decideFamily(family.familyId, "suspend", { reason: "Complaint under investigation" })).status,
    ).toBe(200)
    // No waiting: the suspension's own workflow already hid them.
    for (const item of products) expect(await onStore(item.id)).toBe(false)
    const addAfter = await addToCart(products[1]?.id as string)
    expect(addAfter.status).toBe(400)
    expect(String(addAfter.body.message)).toMatch(/not published/)
    const batchAfter = await api(`/store/carts/${cartId}/line-items/batch`, {
      method: "POST",
      headers: withPublishableKey(),
      body: { items: [{ variant_id: await variantOf(products[1]?.id as string), quantity: 1 }] },
    })
    expect(batchAfter.status).toBe(400)
    expect(String(batchAfter.body.message)).toMatch(/not published/)
    expect((await familiesPage()).map((item) => item.handle)).not.toContain(familyHandle)
    expect((await storeGet(`/store/families/${familyHandle}`)).status).toBe(404)
    const variants = await storeGet(
      `/store/product-variants?${products.map((item) => `product_id[]=${item.id}`).join("&")}`,
    )
    expect(variants.status, JSON.stringify(variants.body)).toBe(200)
    expect(variants.body.variants).toEqual([])
    const categories = await storeGet(
      `/store/product-categories?limit=50&fields=${encodeURIComponent("*products")}`,
    )
    expect(categories.status).toBe(200)
    for (const item of products) expect(JSON.stringify(categories.body)).not.toContain(item.id)
    const byCategory = await familiesPage("&category=pantry-food")
    expect(byCategory.map((item) => item.handle)).not.toContain(familyHandle)
    const listing = (await api(`/seller/products/${products[0]?.id}`, { headers: bearer(family.token) })).body
      .product as Listing
    expect(listing).toMatchObject({ listing_status: "published", on_sale: false })

    expect((await decideFamily(family.familyId, "reinstate")).status).toBe(200)
    for (const item of products) expect(await onStore(item.id)).toBe(true)
    const variantsAgain = await storeGet(
      `/store/product-variants?${products.map((item) => `product_id[]=${item.id}`).join("&")}`,
    )
    expect((variantsAgain.body.variants as unknown[]).length).toBe(2)
    const page = await storeGet(`/store/families/${familyHandle}`)
    expect(page.status).toBe(200)
    expect((page.body.family as PublicFamily).product_count).toBe(2)
    expect((await addToCart(products[1]?.id as string)).status).toBe(200)
  })

  it("keeps the seeded suspended family's products off the store", async () => {
    const hidden = await withDb(async (db) => {
      const { rows } = await db.query(
        `select l.product_id from family_family_product_product l join family f on f.id = l.family_id
          where f.handle = 'rusaifa-needle-and-loom' and l.deleted_at is null`,
      )
      return rows.map((row) => row.product_id as string)
    })
    expect(hidden.length).toBeGreaterThan(0)
    for (const id of hidden) expect(await onStore(id)).toBe(false)
  })
})

describe("no sensitive field on any store route", () => {
  it("never shows the ministry-only profile, members, documents or emails, whatever fields are asked for", async () => {
    const secrets = await withDb(async (db) => {
      const { rows: profiles } = await db.query(
        "select national_id_hash, national_id_last4 from family_sensitive_profile where national_id_hash is not null",
      )
      const { rows: members } = await db.query("select email from family_member")
      return [
        ...profiles.flatMap((row) => [row.national_id_hash as string]),
        ...members.map((row) => row.email as string),
      ]
    })
    expect(secrets.length).toBeGreaterThan(20)
    const region = ((await storeGet("/store/regions?limit=50")).body.regions as Region[])[0] as Region
    const fieldsToTry = [
      "*family",
      "+family.*",
      "*family.sensitive_profile",
      "+family.sensitive_profile.*",
      "+family.sensitive_profile.national_id_hash",
      "+family.sensitive_profile.maker_gender",
      "*family.members",
      "+family.members.email",
      "*family.documents",
      "+family.review_events.reason",
      "+family.status",
      "id,family.*,family.sensitive_profile.*,family.members.*",
      "*family,*family.products,*family.products.family.sensitive_profile",
    ]
    const paths = [
      "/store/families?limit=100",
      `/store/families/${handle}`,
      `/store/families/${handle}?region_id=${region.id}`,
      "/store/families/umm-khalil-kitchen?limit=100",
      ...fieldsToTry.flatMap((fields) => [
        `/store/products?limit=100&fields=${encodeURIComponent(fields)}`,
        `/store/products/${product.id}?fields=${encodeURIComponent(fields)}`,
      ]),
      ...[
        "/store/product-categories",
        "/store/collections",
        "/store/product-tags",
        "/store/product-types",
      ].map(
        (route) =>
          `${route}?fields=${encodeURIComponent("*products,*products.family,+products.family.sensitive_profile.*")}`,
      ),
    ]
    for (const path of paths) {
      const response = await storeGet(path)
      expect(response.status, path).toBeLessThan(500)
      const keys = keysOf(response.body)
      for (const key of SENSITIVE_KEYS) expect(keys.has(key), `${key} in ${path}`).toBe(false)
      const text = JSON.stringify(response.body)
      for (const secret of secrets) expect(text.includes(secret), `a secret in ${path}`).toBe(false)
      expect(text).not.toMatch(/@families\.(usra\.jo|test)/)
    }
    const withFamily = await storeGet(`/store/products/${product.id}?fields=${encodeURIComponent("*family")}`)
    expect((withFamily.body.product as { family: { handle: string } }).family.handle).toBe(handle)
    const named = await storeGet(`/store/products?limit=5&fields=${encodeURIComponent("+family.name_en")}`)
    for (const item of named.body.products as { family?: { name_en?: string } }[]) {
      expect(typeof item.family?.name_en).toBe("string")
    }
  })
})
