import { describe, expect, it } from "vitest"
import { DEFAULT_RATES_FROM_JOD } from "../../pricing"
import { ParcelTooHeavyError, quoteShipping } from "../quote"
import { GCC } from "./gcc-rate-card"

describe("quoteShipping", () => {
  it("charges the bracket's price unchanged in the zone's own currency", () => {
    expect(quoteShipping(GCC, 800, "sar", DEFAULT_RATES_FROM_JOD)).toEqual({
      amount: 6_000,
      currency_code: "sar",
      bracket: { max_weight_g: 1_000, price: 6_000 },
    })
  })

  it("converts through the dinar at the given rates and rounds to the currency's price point", () => {
    // 45.00 SAR / 5.29 x 5.18 = 44.0643... AED, up to the next whole dirham
    expect(quoteShipping(GCC, 100, "aed", DEFAULT_RATES_FROM_JOD).amount).toBe(4_500)
    // 60.00 SAR / 5.29 x 1.41 = 15.9924... USD, up to .99
    expect(quoteShipping(GCC, 1_000, "USD", DEFAULT_RATES_FROM_JOD).amount).toBe(1_599)
    // 45.00 SAR / 5.29 = 8.506616... JOD, to the fils
    expect(quoteShipping(GCC, 1, "jod", DEFAULT_RATES_FROM_JOD).amount).toBe(8_507)
  })

  it("follows the rates it is given", () => {
    const rates = { ...DEFAULT_RATES_FROM_JOD, SAR: "5", AED: "10" }
    expect(quoteShipping(GCC, 100, "aed", rates).amount).toBe(9_000)
  })

  it("refuses a parcel heavier than every bracket", () => {
    expect(() => quoteShipping(GCC, 1_001, "sar", DEFAULT_RATES_FROM_JOD)).toThrow(ParcelTooHeavyError)
    expect(() => quoteShipping(GCC, 1_001, "sar", DEFAULT_RATES_FROM_JOD)).toThrow(/1001 g.*1000 g/)
  })
})
