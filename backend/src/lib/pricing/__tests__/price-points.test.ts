import { describe, expect, it } from "vitest"
import { roundToPricePoint } from "../price-points"

describe("roundToPricePoint", () => {
  it("rounds USD, EUR and GBP up to the next .49 or .99", () => {
    expect(roundToPricePoint(1412, "USD")).toBe(1449)
    expect(roundToPricePoint(1460, "EUR")).toBe(1499)
    expect(roundToPricePoint(1450, "GBP")).toBe(1499)
    expect(roundToPricePoint(1500, "USD")).toBe(1549)
    expect(roundToPricePoint(1, "USD")).toBe(49)
  })

  it("leaves amounts already on a price point alone", () => {
    expect(roundToPricePoint(1499, "USD")).toBe(1499)
    expect(roundToPricePoint(1449, "EUR")).toBe(1449)
  })

  it("rounds SAR and AED up to the next whole unit", () => {
    expect(roundToPricePoint(5201, "SAR")).toBe(5300)
    expect(roundToPricePoint(5299, "aed")).toBe(5300)
    expect(roundToPricePoint(5300, "SAR")).toBe(5300)
  })

  it("keeps JOD exact", () => {
    expect(roundToPricePoint(12_345, "JOD")).toBe(12_345)
  })

  it("keeps zero at zero and refuses negative or fractional amounts", () => {
    expect(roundToPricePoint(0, "USD")).toBe(0)
    expect(() => roundToPricePoint(-100, "USD")).toThrow(/non-negative/)
    expect(() => roundToPricePoint(14.5, "USD")).toThrow(/safe integer/)
  })
})
