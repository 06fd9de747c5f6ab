import { describe, expect, it } from "vitest"
import { paths } from "../lib/paths"
import { catalogQuery, isNarrowed, listingLinkQuery, parseListingUrl } from "../modules/listing/listing-query"

const parse = (query: string, currency = "jod") => parseListingUrl(new URLSearchParams(query), currency)

describe("parseListingUrl", () => {
  it("reads a shared listing URL into the catalogue's query, prices in minor units", () => {
    const filters = parse(
      `q=${encodeURIComponent(" زيت زيتون ")}&category=pantry-food&governorate=ajloun&family=um-ali&min=1.5&max=12&sort=price_asc&page=3`,
    )
    expect(catalogQuery(filters, { regionId: "reg_jo", lang: "ar", pageSize: 12 })).toEqual({
      regionId: "reg_jo",
      lang: "ar",
      q: "زيت زيتون",
      category: "pantry-food",
      governorate: "ajloun",
      family: "um-ali",
      minPrice: 1500,
      maxPrice: 12000,
      sort: "price_asc",
      page: 3,
      limit: 12,
    })
  })

  it("drops what the backend would refuse instead of failing the page", () => {
    const filters = parse(
      `q=${encodeURIComponent("!!! ")}&category=weapons&governorate=paris&family=${encodeURIComponent("Bad Handle!")}&min=abc&max=-4&sort=title&page=0`,
    )
    expect(filters).toMatchObject({
      q: undefined,
      category: undefined,
      governorate: undefined,
      family: undefined,
      min: undefined,
      max: undefined,
      sort: undefined,
      page: 1,
    })
    expect(parse("page=99999999").page).toBe(10_000)
    expect(parse(`q=${"a".repeat(150)}`).q).toHaveLength(100)
    // Relevance needs a search text.
    expect(parse("sort=relevance").sort).toBeUndefined()
    expect(parse("q=soap&sort=relevance").sort).toBe("relevance")
  })

  it("reads a range typed the wrong way round as the range between the two", () => {
    expect(parse("min=20&max=5", "usd")).toMatchObject({ min: 500, max: 2000, rawMin: "20", rawMax: "5" })
  })
})

describe("listing links", () => {
  it("keep the shareable URL as typed, without the first page", () => {
    const filters = parse("q=soap&min=1.5&sort=rating&page=2")
    expect(paths.products("en", listingLinkQuery(filters, 1))).toBe("/en/products?q=soap&min=1.5&sort=rating")
    expect(paths.products("en", listingLinkQuery(filters, 3))).toBe(
      "/en/products?q=soap&min=1.5&sort=rating&page=3",
    )
  })

  it("index category and governorate pages only", () => {
    expect(isNarrowed(parse("category=mosaics&governorate=madaba"))).toBe(false)
    expect(isNarrowed(parse("category=mosaics&q=tile"))).toBe(true)
    expect(isNarrowed(parse("min=0"))).toBe(true)
    expect(isNarrowed(parse("page=2"))).toBe(true)
  })
})
