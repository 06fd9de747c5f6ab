import { describe, expect, it } from "vitest"
import { parseScaleArgs } from "../args"
import { familyForProduct, scaleFamily, scaleFamilyStatus, scaleOrder, scaleProduct } from "../generate"
import { progressLine } from "../progress"

const argv = (...args: string[]) => ["node", "medusa", "exec", "./src/scripts/seed-scale.ts", "--", ...args]

describe("parseScaleArgs", () => {
  it("reads the sizes after --, in either spelling", () => {
    expect(parseScaleArgs(argv("--families", "10", "--products=200", "--orders", "0"))).toEqual({
      families: 10,
      products: 200,
      orders: 0,
    })
  })

  it("defaults to the issue's size", () => {
    expect(parseScaleArgs(["node", "x"])).toEqual({ families: 1_000, products: 10_000, orders: 50_000 })
  })

  it("names what is wrong", () => {
    expect(() => parseScaleArgs(argv("--shops", "3"))).toThrow(/Unknown argument "--shops"/)
    expect(() => parseScaleArgs(argv("--products", "many"))).toThrow(/--products needs a whole number/)
    expect(() => parseScaleArgs(argv("--orders"))).toThrow(/--orders needs a whole number, got nothing/)
    expect(() => parseScaleArgs(argv("--families", "0", "--products", "5"))).toThrow(/at least one family/)
  })
})

describe("scale data", () => {
  const now = Date.parse("2026-11-01T00:00:00Z")

  it("makes the same record for the same number, every time", () => {
    expect(scaleFamily(42, now)).toEqual(scaleFamily(42, now))
    expect(scaleProduct(7, "irbid", now)).toEqual(scaleProduct(7, "irbid", now))
    expect(scaleOrder(9, 100, now)).toEqual(scaleOrder(9, 100, now))
  })

  it("gives families bilingual names, a scale handle and every status", () => {
    const family = scaleFamily(42, now)
    expect(family.handle).toMatch(/-sf00042$/)
    expect(family.name.ar).toMatch(/[\u0600-\u06ff]/)
    const statuses = new Set(Array.from({ length: 40 }, (_, index) => scaleFamilyStatus(index + 1)))
    expect([...statuses].sort()).toEqual(["approved", "draft", "submitted", "suspended", "under_review"])
  })

  it("makes bilingual products from the demo goods, in the maker's governorate", () => {
    const product = scaleProduct(7, "karak", now)
    expect(product.title.en).toContain("from Karak")
    expect(product.title.ar).toContain("الكرك")
    expect(product.handle).toMatch(/-karak-.*s7$|-karak-s7$/)
    expect(product.priceFils % 250).toBe(0)
  })

  it("spreads products over the selling families and orders over the products on sale", () => {
    const sellers = ["a", "b", "c"]
    const used = new Set(Array.from({ length: 60 }, (_, index) => familyForProduct(index, sellers)))
    expect(used).toEqual(new Set(sellers))
    const order = scaleOrder(3, 50, now)
    expect(order.lines.length).toBeGreaterThan(0)
    expect(new Set(order.lines.map((line) => line.product)).size).toBe(order.lines.length)
    for (const line of order.lines) expect(line.product).toBeLessThan(50)
  })
})

describe("progressLine", () => {
  it("shows the share done and the time left at the rate so far", () => {
    expect(progressLine("products", 250, 1_000, 2_000)).toContain(" 25%  250/1000  2.0 s, ETA 6.0 s")
    expect(progressLine("orders", 10, 10, 61_000)).toContain("done in 1 min 01 s")
  })
})
