import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { DEFAULT_RATES_FROM_JOD } from "../../pricing"
import { priceParcel, requireRateCard } from "../price-parcel"
import { GCC } from "./gcc-rate-card"

const caught = (run: () => unknown): MedusaError => {
  try {
    run()
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected an error")
}

describe("priceParcel", () => {
  it("weighs the lines (variant weight, else product weight, times quantity) and prices the bracket", () => {
    const price = priceParcel({
      zone: "gcc",
      card: GCC,
      rates: DEFAULT_RATES_FROM_JOD,
      currency: "SAR",
      items: [
        { quantity: 2, variant: { weight: 200 }, product: { weight: 900 } },
        { quantity: 1, variant: { weight: null }, product: { weight: "300" } },
        { quantity: 5, requires_shipping: false, variant: { weight: 1_000 } },
      ],
    })
    expect(price).toEqual({ amount: 6_000, currency_code: "sar", weight: { grams: 700, assumed: [] } })
  })

  it("converts at the given rates for a cart in another currency", () => {
    const items = [{ quantity: 1, variant: { weight: 100 } }]
    const price = priceParcel({
      zone: "gcc",
      card: GCC,
      rates: DEFAULT_RATES_FROM_JOD,
      currency: "aed",
      items,
    })
    expect(price.amount).toBe(4_500)
    expect(price.currency_code).toBe("aed")
  })

  it("is a 404 for a zone without rates and a 400 (not allowed) for a parcel heavier than every bracket", () => {
    const items = [{ quantity: 3, variant: { weight: 400 } }]
    const noRates = caught(() =>
      priceParcel({ zone: "gcc", card: undefined, rates: DEFAULT_RATES_FROM_JOD, currency: "sar", items }),
    )
    expect(noRates.type).toBe(MedusaError.Types.NOT_FOUND)
    expect(noRates.message).toBe("No shipping rates are set for the gcc zone")
    expect(caught(() => requireRateCard("gcc", { ...GCC, brackets: [] })).type).toBe(
      MedusaError.Types.NOT_FOUND,
    )

    const heavy = caught(() =>
      priceParcel({ zone: "gcc", card: GCC, rates: DEFAULT_RATES_FROM_JOD, currency: "sar", items }),
    )
    expect(heavy.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(heavy.message).toMatch(
      /1200 g, more than the heaviest rate bracket .*split it into several orders$/,
    )
  })
})
