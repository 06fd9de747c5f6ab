import { describe, expect, it } from "vitest"
import { priceInAllCurrencies } from "../prices"
import { DEFAULT_RATES_FROM_JOD } from "../rates"

describe("priceInAllCurrencies", () => {
  it("prices 10.000 JOD in every currency at the default rates", () => {
    expect(priceInAllCurrencies(10_000)).toEqual({
      jod: 10_000,
      usd: 1449, // 14.10
      eur: 1349, // 13.00
      gbp: 1149, // 11.10
      sar: 5300, // 52.90
      aed: 5200, // 51.80
    })
  })

  it("prices 3.750 JOD", () => {
    expect(priceInAllCurrencies(3_750)).toEqual({
      jod: 3_750,
      usd: 549, // 5.2875 -> 5.29
      eur: 499, // 4.875 -> 4.88
      gbp: 449, // 4.1625 -> 4.16
      sar: 2000, // 19.8375 -> 19.84
      aed: 2000, // 19.425 -> 19.43
    })
  })

  it("follows rates the ministry changes", () => {
    const rates = { ...DEFAULT_RATES_FROM_JOD, USD: "1.50" }
    expect(priceInAllCurrencies(10_000, rates).usd).toBe(1549)
  })

  it("never prices below the converted amount", () => {
    for (let fils = 0; fils <= 200_000; fils += 137) {
      const prices = priceInAllCurrencies(fils)
      expect(prices.jod).toBe(fils)
      // 1.41 USD per JOD: cents >= fils x 141 / 1000, allowing the half-cent conversion rounding
      expect(prices.usd * 1000 * 100).toBeGreaterThanOrEqual(fils * 141 * 100 - 50_000)
    }
  })
})
