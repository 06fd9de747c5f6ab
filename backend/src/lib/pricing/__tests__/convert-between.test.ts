import { describe, expect, it } from "vitest"
import { convertBetween } from "../convert"
import { DEFAULT_RATES_FROM_JOD } from "../rates"

describe("convertBetween", () => {
  it("keeps an amount in its own currency", () => {
    expect(convertBetween(4_500, "sar", "SAR")).toBe(4_500)
  })

  it("matches convertFromJod's arithmetic from the dinar and inverts it back to fils", () => {
    expect(convertBetween(10_000, "jod", "usd")).toBe(1_410)
    expect(convertBetween(1_410, "usd", "jod")).toBe(10_000)
  })

  it("crosses two buyer currencies through the dinar with one rounding, half up", () => {
    // 45.00 SAR x 5.18 / 5.29 = 44.0643 AED
    expect(convertBetween(4_500, "sar", "aed")).toBe(4_406)
    // 0.01 EUR x 1.41 / 1.30 = 0.0108 USD
    expect(convertBetween(1, "eur", "usd")).toBe(1)
  })

  it("uses the rates it is given", () => {
    expect(convertBetween(1_000, "gbp", "eur", { ...DEFAULT_RATES_FROM_JOD, GBP: "1", EUR: "1.5" })).toBe(
      1_500,
    )
  })

  it("refuses amounts that are not whole minor units and unknown currencies", () => {
    expect(() => convertBetween(1.5, "usd", "eur")).toThrow(/safe integer/)
    expect(() => convertBetween(-1, "usd", "eur")).toThrow(/non-negative/)
    expect(() => convertBetween(100, "usd", "chf")).toThrow(/Unsupported currency/)
  })
})
