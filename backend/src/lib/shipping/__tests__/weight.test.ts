import { describe, expect, it } from "vitest"
import { DEFAULT_ITEM_WEIGHT_G, parcelWeight } from "../weight"

describe("parcelWeight", () => {
  it("sums each line's unit weight times its quantity", () => {
    const items = [
      { quantity: 2, variant: { weight: 550 }, product: { weight: 550 } },
      { quantity: 1, variant: { weight: 3_200 }, product: { weight: 3_200 } },
    ]
    expect(parcelWeight(items)).toEqual({ grams: 4_300, assumed: [] })
  })

  it("prefers the variant's weight and falls back to the product's", () => {
    expect(parcelWeight([{ quantity: 1, variant: { weight: 650 }, product: { weight: 1_150 } }]).grams).toBe(
      650,
    )
    expect(parcelWeight([{ quantity: 3, variant: { weight: null }, product: { weight: 300 } }]).grams).toBe(
      900,
    )
  })

  it("reads numeric strings and rounds fractional grams up", () => {
    expect(parcelWeight([{ quantity: "2", variant: { weight: "249.2" } }]).grams).toBe(500)
  })

  it(`counts an item with no usable weight as ${DEFAULT_ITEM_WEIGHT_G} g a unit and reports it`, () => {
    const unknown = { id: "cali_1", quantity: 2, variant: { weight: 0 }, product: null }
    const result = parcelWeight([unknown, { quantity: 1, variant: { weight: 100 } }])
    expect(result.grams).toBe(2 * DEFAULT_ITEM_WEIGHT_G + 100)
    expect(result.assumed).toEqual([unknown])
  })

  it("leaves out items that need no shipping", () => {
    expect(parcelWeight([{ quantity: 4, requires_shipping: false, variant: { weight: 900 } }]).grams).toBe(0)
  })

  it("refuses a quantity that is not a whole number", () => {
    expect(() => parcelWeight([{ id: "cali_2", quantity: 1.5, variant: { weight: 1 } }])).toThrow(/cali_2/)
    expect(() => parcelWeight([{ quantity: "x", variant: { weight: 1 } }])).toThrow(/invalid quantity/)
  })
})
