import { describe, expect, it } from "vitest"
import {
  detailQuery,
  type ListingParams,
  listingFilter,
  listingPartition,
  listingQuery,
  textArrayLiteral,
} from "../listing/query"

const base: ListingParams = {
  currency: "usd",
  lang: "en",
  sales_channel_ids: ["sc_1"],
  words: [],
  sort: "newest",
  limit: 20,
  offset: 0,
}

const placeholders = (sql: string) => (sql.match(/\?/g) ?? []).length

describe("listingFilter", () => {
  it("always pins visibility, currency and the key's one channel", () => {
    const filter = listingFilter(base)
    expect(filter.sql).toBe("e.visible and e.currency_code = ? and e.sales_channel_id = ?")
    expect(filter.bindings).toEqual(["usd", "sc_1"])
  })

  it("adds each filter as a bound parameter, never as text in the SQL", () => {
    const filter = listingFilter({
      ...base,
      category: "pantry-food",
      governorate: "irbid",
      family: "umm-khalil-kitchen",
      min_price: 500,
      max_price: 2_000,
    })
    expect(filter.sql).toContain("e.category_handle = ?")
    expect(filter.sql).toContain("e.governorate = ?")
    expect(filter.sql).toContain("e.family_handle = ?")
    expect(filter.sql).toContain("e.price_amount >= ?")
    expect(filter.sql).toContain("e.price_amount <= ?")
    expect(filter.sql).not.toContain("pantry-food")
    expect(filter.bindings).toEqual(["usd", "sc_1", "pantry-food", "irbid", "umm-khalil-kitchen", 500, 2_000])
    expect(placeholders(filter.sql)).toBe(filter.bindings.length)
  })

  it("needs every search word in the product's folded text, with LIKE's wildcards escaped", () => {
    const filter = listingFilter({ ...base, words: ["زيت", "50%_off"] })
    expect(filter.sql).toContain(
      "e.product_id in (select d.product_id from catalog_product d where d.search_text like ? and d.search_text like ?)",
    )
    expect(filter.bindings.slice(-2)).toEqual(["%زيت%", "%50\\%\\_off%"])
  })

  it("lists a product once when the key has several channels", () => {
    const filter = listingFilter({ ...base, sales_channel_ids: ["sc_1", "sc_2"] })
    expect(filter.sql).toContain("e.sales_channel_id = any(?::text[]) and not exists")
    expect(filter.bindings).toEqual(["usd", '{"sc_1","sc_2"}', '{"sc_1","sc_2"}'])
  })
})

describe("listingQuery", () => {
  it("counts and pages with the same filter in one statement", () => {
    const statement = listingQuery({ ...base, category: "mosaics", limit: 10, offset: 30 })
    expect(statement.sql).toMatch(/count\(\*\)::int as total[\s\S]*left join lateral/)
    expect(statement.bindings).toEqual(["usd", "sc_1", "mosaics", "usd", "sc_1", "mosaics", 10, 30])
    expect(placeholders(statement.sql)).toBe(statement.bindings.length)
  })

  it("sorts by the requested order, always ending on the product id", () => {
    expect(listingQuery({ ...base, sort: "price_asc" }).sql).toContain(
      "order by e.price_amount asc, e.product_id asc",
    )
    expect(listingQuery({ ...base, sort: "price_desc" }).sql).toContain(
      "order by e.price_amount desc, e.product_id desc",
    )
    expect(listingQuery({ ...base, sort: "popular" }).sql).toContain("order by e.popularity desc")
    expect(listingQuery({ ...base, sort: "rating" }).sql).toContain("order by e.rating desc nulls last")
    expect(listingQuery(base).sql).toContain("order by e.product_created_at desc, e.product_id desc")
  })

  it("ranks by title similarity for relevance, binding the words once more", () => {
    const statement = listingQuery({ ...base, words: ["zaatar"], sort: "relevance" })
    expect(statement.sql).toContain("word_similarity(?, d.title_search)")
    expect(statement.bindings).toEqual([
      "usd",
      "sc_1",
      "%zaatar%",
      "usd",
      "sc_1",
      "%zaatar%",
      "zaatar",
      20,
      0,
    ])
    expect(placeholders(statement.sql)).toBe(statement.bindings.length)
  })

  it("picks the title and family name columns of the language", () => {
    expect(listingQuery({ ...base, lang: "ar" }).sql).toContain("e.title_ar as title")
    expect(listingQuery({ ...base, lang: "ar" }).sql).toContain("e.family_name_ar as family_name")
    expect(listingQuery(base).sql).toContain("e.title_en as title")
  })
})

describe("detailQuery", () => {
  it("finds a visible product by handle in the currency and the key's channels", () => {
    const statement = detailQuery({ handle: "x", currency: "jod", lang: "ar", sales_channel_ids: ["sc_1"] })
    expect(statement.sql).toContain("coalesce(d.description_ar, d.description_en) as description")
    expect(statement.bindings).toEqual(["x", "jod", '{"sc_1"}'])
    expect(placeholders(statement.sql)).toBe(statement.bindings.length)
  })
})

describe("listingPartition", () => {
  it("depends on the narrowest filter that bounds the result: family, then category, else everything", () => {
    expect(listingPartition({ family: "f", category: "c" })).toBe("fam:f")
    expect(listingPartition({ category: "c" })).toBe("cat:c")
    expect(listingPartition({})).toBe("all")
  })
})

describe("textArrayLiteral", () => {
  it("quotes every element so none can break out", () => {
    expect(textArrayLiteral(['a"b', "c\\d", "e,f"])).toBe('{"a\\"b","c\\\\d","e,f"}')
    expect(textArrayLiteral([])).toBe("{}")
  })
})
