import { describe, expect, it } from "vitest"
import { bracketFor, sortBrackets } from "../brackets"

const BRACKETS = [
  { max_weight_g: null, price: 9_900 },
  { max_weight_g: 1_000, price: 1_990 },
  { max_weight_g: 500, price: 1_490 },
  { max_weight_g: 2_000, price: 2_790 },
]

describe("bracketFor", () => {
  it("picks the lightest bracket whose bound the parcel does not exceed, bounds inclusive", () => {
    expect(bracketFor(BRACKETS, 0)?.price).toBe(1_490)
    expect(bracketFor(BRACKETS, 500)?.price).toBe(1_490)
    expect(bracketFor(BRACKETS, 501)?.price).toBe(1_990)
    expect(bracketFor(BRACKETS, 1_000)?.price).toBe(1_990)
    expect(bracketFor(BRACKETS, 2_000)?.price).toBe(2_790)
  })

  it("sends anything heavier to the open-ended bracket", () => {
    expect(bracketFor(BRACKETS, 2_001)?.price).toBe(9_900)
    expect(bracketFor(BRACKETS, 250_000)?.price).toBe(9_900)
  })

  it("finds nothing for a parcel above the last bound when no bracket is open-ended", () => {
    const closed = BRACKETS.filter((bracket) => bracket.max_weight_g !== null)
    expect(bracketFor(closed, 2_001)).toBeUndefined()
    expect(bracketFor([], 1)).toBeUndefined()
  })
})

describe("sortBrackets", () => {
  it("orders lightest first with the open-ended bracket last, leaving the input alone", () => {
    expect(sortBrackets(BRACKETS).map((bracket) => bracket.max_weight_g)).toEqual([500, 1_000, 2_000, null])
    expect(BRACKETS[0]?.max_weight_g).toBeNull()
  })
})
