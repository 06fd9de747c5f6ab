import { describe, expect, it } from "vitest"
import { buildCatalogue } from "../catalogue"
import { CATEGORIES } from "../categories"
import { GOVERNORATES } from "../governorates"
import { REGION_COUNTRIES } from "../regions"
import { SHIPPING_ZONES } from "../shipping-zones"

const catalogue = buildCatalogue()

describe("demo catalogue", () => {
  it("has about 120 products with distinct kebab-case handles and distinct titles", () => {
    expect(catalogue.length).toBe(120)
    for (const product of catalogue) expect(product.handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(new Set(catalogue.map((p) => p.title.en)).size).toBe(catalogue.length)
    expect(new Set(catalogue.map((p) => p.title.ar)).size).toBe(catalogue.length)
  })

  it("fills every category and only names real governorates", () => {
    const categories = new Set(catalogue.map((p) => p.category))
    expect([...categories].sort()).toEqual(CATEGORIES.map((c) => c.handle).sort())
    for (const product of catalogue) expect(Object.keys(GOVERNORATES)).toContain(product.governorate)
  })

  it("prices in whole fils, weighs in grams and stocks 5 to 60, the same on every build", () => {
    for (const product of catalogue) {
      expect(Number.isSafeInteger(product.priceFils) && product.priceFils > 0).toBe(true)
      expect(Number.isSafeInteger(product.weightGrams) && product.weightGrams > 0).toBe(true)
      expect(product.stock).toBeGreaterThanOrEqual(5)
      expect(product.stock).toBeLessThanOrEqual(60)
    }
    expect(buildCatalogue()).toEqual(catalogue)
  })
})

describe("shipping zones", () => {
  it("put every sold-to country in exactly one zone", () => {
    const zoned = SHIPPING_ZONES.flatMap((zone) => zone.countries)
    expect(zoned.length).toBe(new Set(zoned).size)
    expect([...zoned].sort()).toEqual([...REGION_COUNTRIES].sort())
  })
})
