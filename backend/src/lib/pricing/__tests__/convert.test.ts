import { describe, expect, it } from "vitest"
import { convertFromJod } from "../convert"

describe("convertFromJod", () => {
  it("converts fils to the target currency's minor units at the default rate", () => {
    expect(convertFromJod(10_000, "USD")).toBe(1410)
    expect(convertFromJod(10_000, "sar")).toBe(5290)
  })

  it("keeps JOD exact", () => {
    expect(convertFromJod(12_345, "JOD")).toBe(12_345)
  })

  it("rounds half up to the nearest minor unit", () => {
    // 12.345 JOD x 1.41 = 17.40645 USD
    expect(convertFromJod(12_345, "USD", "1.41")).toBe(1741)
    // 0.005 JOD x 1 = half a cent
    expect(convertFromJod(5, "USD", "1")).toBe(1)
    expect(convertFromJod(4, "USD", "1")).toBe(0)
  })

  it("uses the rate it is given, with any number of decimals", () => {
    expect(convertFromJod(1_000, "EUR", "1.2875")).toBe(129)
    expect(convertFromJod(1_000_000, "GBP", "1.1")).toBe(110_000)
  })

  it("stays exact where floating point would not", () => {
    // 0.1 * 3 style drift: 3 x 0.1 JOD at 1.41 is 0.423 USD
    expect(convertFromJod(300, "USD", "1.41")).toBe(42)
    expect(convertFromJod(9_007_199_254_740, "USD", "1.41")).toBe(1_270_015_094_918)
  })

  it("refuses amounts that are not whole fils and malformed rates", () => {
    expect(() => convertFromJod(1.5, "USD")).toThrow(/safe integer/)
    expect(() => convertFromJod(-1, "USD")).toThrow(/non-negative/)
    expect(() => convertFromJod(1_000, "USD", "1,41")).toThrow(/positive decimal/)
    expect(() => convertFromJod(1_000, "USD", "0")).toThrow(/greater than zero/)
    expect(() => convertFromJod(1_000, "CHF")).toThrow(/Unsupported currency/)
  })
})
