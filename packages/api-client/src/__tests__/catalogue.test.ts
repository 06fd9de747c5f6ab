import { describe, expect, it } from "vitest"
import {
  type CatalogueQuery,
  groupByFamily,
  type ProductSummary,
  queryCatalogue,
  toProductSummary,
} from "../index"

const family = (handle: string, governorate: "ajloun" | "madaba", name_ar: string) => ({
  id: `fam_${handle}`,
  handle,
  name_en: handle,
  name_ar,
  governorate,
})

function product(id: string, overrides: Partial<ProductSummary>): ProductSummary {
  return {
    id,
    handle: id,
    title: { en: id, ar: id },
    description: { en: "", ar: "" },
    materials: { en: "", ar: "" },
    thumbnail: null,
    images: [],
    category: "pantry-food",
    variantId: `variant_${id}`,
    variants: [],
    price: 1000,
    currency: "usd",
    stock: 5,
    processingDays: 3,
    family: family("um-ali", "ajloun", "أم علي"),
    createdAt: "2026-01-01T00:00:00Z",
    ...overrides,
  }
}

const query = (overrides: Partial<CatalogueQuery> = {}): CatalogueQuery => ({
  sort: "newest",
  page: 1,
  ...overrides,
})

const catalogue = [
  product("oil", {
    title: { en: "Extra virgin olive oil", ar: "زيت زيتون بكر ممتاز" },
    price: 1299,
    createdAt: "2026-01-03T00:00:00Z",
  }),
  product("soap", {
    title: { en: "Olive oil soap", ar: "صابون زيت الزيتون" },
    category: "soap-dead-sea-cosmetics",
    price: 599,
    family: family("beit-salma", "madaba", "بيت سلمى"),
    createdAt: "2026-01-02T00:00:00Z",
  }),
  product("dress", {
    title: { en: "Embroidered dress", ar: "ثوب مطرّزة" },
    category: "embroidery-tatreez",
    price: 9900,
    createdAt: "2026-01-01T00:00:00Z",
  }),
]

describe("queryCatalogue", () => {
  it("filters by category, governorate, family and price", () => {
    const ids = (q: Partial<CatalogueQuery>) => queryCatalogue(catalogue, query(q)).products.map((p) => p.id)
    expect(ids({ category: "soap-dead-sea-cosmetics" })).toEqual(["soap"])
    expect(ids({ governorate: "ajloun" })).toEqual(["oil", "dress"])
    expect(ids({ family: "beit-salma" })).toEqual(["soap"])
    expect(ids({ min: 1000, max: 5000 })).toEqual(["oil"])
  })

  it("searches both languages with Arabic normalisation", () => {
    const ids = (q: string) => queryCatalogue(catalogue, query({ q })).products.map((p) => p.id)
    expect(ids("olive")).toEqual(["oil", "soap"])
    expect(ids("زيت الزيتون")).toEqual(["soap"])
    expect(ids("مطرزه")).toEqual(["dress"])
    expect(ids("سلمي")).toEqual(["soap"])
  })

  it("sorts and pages", () => {
    expect(queryCatalogue(catalogue, query({ sort: "price_asc" })).products.map((p) => p.id)).toEqual([
      "soap",
      "oil",
      "dress",
    ])
    const second = queryCatalogue(catalogue, query({ sort: "price_desc", page: 2 }), 2)
    expect(second).toMatchObject({ count: 3, page: 2, pages: 2 })
    expect(second.products.map((p) => p.id)).toEqual(["soap"])
    expect(queryCatalogue(catalogue, query({ page: 99 }), 2).page).toBe(2)
  })
})

describe("toProductSummary", () => {
  it("reads prices in minor units, the Arabic title and the stock", () => {
    const summary = toProductSummary({
      id: "prod_1",
      handle: "zaatar",
      title: "Za'atar blend",
      description: "Wild thyme",
      thumbnail: "http://backend.test/static/zaatar.png",
      metadata: { title_ar: "زعتر بلدي", processing_days: 3 },
      variants: [
        {
          id: "variant_1",
          title: "500 g",
          calculated_price: { calculated_amount: 4.5, currency_code: "jod" },
          inventory_quantity: 7,
          manage_inventory: true,
        },
      ],
    })
    expect(summary).toMatchObject({
      title: { en: "Za'atar blend", ar: "زعتر بلدي" },
      price: 4500,
      currency: "jod",
      stock: 7,
      processingDays: 3,
      images: ["http://backend.test/static/zaatar.png"],
    })
  })
})

describe("groupByFamily", () => {
  it("puts each line under its family", () => {
    const line = (id: string, product_id: string) => ({
      id,
      title: id,
      thumbnail: null,
      quantity: 1,
      unit_price: 1,
      variant_id: null,
      product_id,
    })
    const families = new Map([
      ["p1", { handle: "a", name_ar: "أ", name_en: "A" }],
      ["p2", { handle: "b", name_ar: "ب", name_en: "B" }],
    ])
    const groups = groupByFamily(
      [line("1", "p1"), line("2", "p2"), line("3", "p1"), line("4", "px")],
      families,
    )
    expect(groups.map((g) => [g.family?.handle ?? null, g.items.map((i) => i.id)])).toEqual([
      ["a", ["1", "3"]],
      ["b", ["2"]],
      [null, ["4"]],
    ])
  })
})
