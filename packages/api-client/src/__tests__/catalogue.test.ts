import { describe, expect, it } from "vitest"
import { groupByFamily, toProductSummary } from "../index"

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
