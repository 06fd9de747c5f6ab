import { describe, expect, it } from "vitest"
import { commissionOf } from "../../../../lib/payouts/commission"
import { commissionLines } from "../commission-lines"

describe("commission per line", () => {
  const rates = new Map<string | null, number>([
    [null, 1_000],
    ["pcat_candles", 500],
    ["pcat_soap", 800],
  ])
  const categories = new Map([
    ["prod_candle", ["pcat_candles"]],
    ["prod_soap_candle", ["pcat_soap", "pcat_candles"]],
    ["prod_rug", ["pcat_rugs"]],
  ])

  it("uses the category's rule, the lowest of several, else the global rule", () => {
    const lines = commissionLines(
      30_000,
      [
        { product_id: "prod_candle", quantity: 1, unit_price: 1_000 },
        { product_id: "prod_soap_candle", quantity: 1, unit_price: 1_000 },
        { product_id: "prod_rug", quantity: 1, unit_price: 1_000 },
      ],
      categories,
      rates,
    )
    expect(lines).toEqual([
      { amount: 10_000, rate_bps: 500 },
      { amount: 10_000, rate_bps: 500 },
      { amount: 10_000, rate_bps: 1_000 },
    ])
    expect(commissionOf(lines)).toBe(2_000)
  })

  it("splits the locked JOD sale over lines by their order-currency totals", () => {
    const lines = commissionLines(
      14_137,
      [
        { product_id: "prod_rug", quantity: 2, unit_price: 999 },
        { product_id: "prod_candle", quantity: 1, unit_price: 499 },
      ],
      categories,
      new Map([[null, 1_000]]),
    )
    expect(lines.reduce((sum, line) => sum + line.amount, 0)).toBe(14_137)
    expect(lines.every((line) => line.rate_bps === 1_000)).toBe(true)
  })

  it("takes nothing when there is no rule at all", () => {
    expect(
      commissionLines(5_000, [{ product_id: "prod_rug", quantity: 1, unit_price: 5 }], categories, new Map()),
    ).toEqual([{ amount: 5_000, rate_bps: 0 }])
  })
})
