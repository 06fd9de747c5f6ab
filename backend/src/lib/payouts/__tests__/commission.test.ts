import { describe, expect, it } from "vitest"
import { applyBps, commissionOf, commissionReturned, share, splitProportionally } from "../commission"

describe("commission maths", () => {
  it("applies basis points with half-up rounding in integers", () => {
    expect(applyBps(10_000, 1_000)).toBe(1_000)
    expect(applyBps(4_255, 1_000)).toBe(426) // 425.5 -> 426
    expect(applyBps(4_254, 1_000)).toBe(425)
    expect(applyBps(1, 1)).toBe(0)
    expect(applyBps(0, 1_500)).toBe(0)
    expect(share(-4_255, 1_000, 10_000)).toBe(-426)
  })

  it("sums each line at its own rate", () => {
    expect(
      commissionOf([
        { amount: 10_000, rate_bps: 1_000 },
        { amount: 5_000, rate_bps: 500 },
      ]),
    ).toBe(1_250)
  })

  it("hands back exactly the whole commission when refunds add up to the whole sale", () => {
    const sale = 10_001
    const commission = applyBps(sale, 1_000) // 1000
    const refunds = [3_333, 3_333, 3_335]
    let before = 0
    let returned = 0
    for (const refund of refunds) {
      returned += commissionReturned(sale, commission, before, refund)
      before += refund
    }
    expect(returned).toBe(commission)
    expect(commissionReturned(10_000, 1_000, 0, 5_000)).toBe(500)
  })

  it("splits a total proportionally without losing a fil", () => {
    expect(splitProportionally(1_000, [1, 1, 1])).toEqual([334, 333, 333])
    expect(splitProportionally(10, [0, 0])).toEqual([0, 0])
    const parts = splitProportionally(14_137, [4_250, 1_999, 7_000])
    expect(parts.reduce((a, b) => a + b, 0)).toBe(14_137)
  })
})
