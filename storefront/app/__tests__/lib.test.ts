import { describe, expect, it } from "vitest"
import { preferredLocale } from "../lib/i18n"
import { inLocale, paths } from "../lib/paths"
import { fill, pageMeta } from "../lib/seo"
import { checkCard, luhnValid, parseExpiry } from "../modules/checkout/card-check"

describe("inLocale", () => {
  it("swaps the language segment and keeps the rest", () => {
    expect(inLocale("/en/products?category=mosaics", "ar")).toBe("/ar/products?category=mosaics")
    expect(inLocale("/ar", "en")).toBe("/en")
    expect(inLocale("/en/", "ar")).toBe("/ar")
    expect(inLocale("/ar/families/um-ali", "en")).toBe("/en/families/um-ali")
  })

  it("builds shareable listing URLs without empty parameters", () => {
    expect(paths.products("en", { q: "زيت", category: undefined, page: 2, min: "" })).toBe(
      `/en/products?q=${encodeURIComponent("زيت")}&page=2`,
    )
  })
})

describe("preferredLocale", () => {
  it("honours q weights and falls back to English", () => {
    expect(preferredLocale("fr-FR,ar;q=0.9,en;q=0.8")).toBe("ar")
    expect(preferredLocale("en-GB,ar;q=0.5")).toBe("en")
    expect(preferredLocale("de")).toBe("en")
    expect(preferredLocale(null)).toBe("en")
  })
})

describe("pageMeta", () => {
  const tags = pageMeta({
    origin: "https://usra.jo",
    locale: "ar",
    path: "/ar/products/zaatar",
    title: "زعتر",
    description: "زعتر بلدي",
    image: "https://usra.jo/static/zaatar.png",
    type: "product",
  })
  const find = (predicate: (tag: Record<string, unknown>) => boolean) =>
    (tags as Record<string, unknown>[]).filter(predicate)

  it("links every language and x-default with hreflang, and the canonical URL", () => {
    const alternates = find((tag) => tag.rel === "alternate").map((tag) => [tag.hrefLang, tag.href])
    expect(alternates).toEqual([
      ["ar", "https://usra.jo/ar/products/zaatar"],
      ["en", "https://usra.jo/en/products/zaatar"],
      ["x-default", "https://usra.jo/en/products/zaatar"],
    ])
    expect(find((tag) => tag.rel === "canonical")[0]?.href).toBe("https://usra.jo/ar/products/zaatar")
  })

  it("gives Open Graph its title, type, locale and image", () => {
    const og = Object.fromEntries(
      find((tag) => typeof tag.property === "string").map((tag) => [tag.property, tag.content]),
    )
    expect(og).toMatchObject({
      "og:type": "product",
      "og:title": "زعتر",
      "og:locale": "ar_JO",
      "og:image": "https://usra.jo/static/zaatar.png",
    })
  })

  it("fills placeholders for meta functions", () => {
    expect(fill("{{family}} from {{governorate}}", { family: "Umm Ali", governorate: "Ajloun" })).toBe(
      "Umm Ali from Ajloun",
    )
  })
})

describe("card checks", () => {
  it("accepts test cards by Luhn and refuses typos", () => {
    expect(luhnValid("4242424242424242")).toBe(true)
    expect(luhnValid("4000000000000002")).toBe(true)
    expect(luhnValid("4242424242424241")).toBe(false)
    expect(luhnValid("42")).toBe(false)
  })

  it("reads MM/YY and MM/YYYY, refusing past or impossible dates", () => {
    const now = new Date("2026-11-15T00:00:00Z")
    expect(parseExpiry("12/34", now)).toEqual({ month: 12, year: 2034 })
    expect(parseExpiry(" 11 / 2026 ", now)).toEqual({ month: 11, year: 2026 })
    expect(parseExpiry("10/26", now)).toBeNull()
    expect(parseExpiry("13/30", now)).toBeNull()
  })

  it("names every problem at once", () => {
    expect(checkCard({ number: "4242 4242 4242 4241", expiry: "1/1", cvc: "12" }).problems).toEqual({
      number: "invalid_card",
      expiry: "invalid_expiry",
      cvc: "invalid_cvc",
    })
    expect(checkCard({ number: "4242 4242 4242 4242", expiry: "12/40", cvc: "123" }).card).toEqual({
      number: "4242424242424242",
      month: 12,
      year: 2040,
      cvc: "123",
    })
  })
})
