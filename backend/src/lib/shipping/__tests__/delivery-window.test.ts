import { describe, expect, it } from "vitest"
import { DEFAULT_PROCESSING_DAYS, deliveryWindow, slowestProcessingDays } from "../delivery-window"

describe("delivery window", () => {
  it("waits for the slowest family in the cart", () => {
    const products = [{ metadata: { processing_days: 3 } }, { metadata: { processing_days: 21 } }, {}]
    expect(slowestProcessingDays(products.slice(0, 2))).toBe(21)
    expect(slowestProcessingDays([])).toBe(0)
  })

  it(`counts a product without processing days as ${DEFAULT_PROCESSING_DAYS} days`, () => {
    expect(slowestProcessingDays([{ metadata: { processing_days: 2 } }, { metadata: null }])).toBe(
      DEFAULT_PROCESSING_DAYS,
    )
    expect(slowestProcessingDays([{ metadata: { processing_days: "soon" } }])).toBe(DEFAULT_PROCESSING_DAYS)
  })

  it("adds the zone's transit days to the making time", () => {
    expect(deliveryWindow(14, { min: 6, max: 10 })).toEqual({ min: 20, max: 24 })
  })
})
