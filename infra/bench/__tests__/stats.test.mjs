import { describe, expect, it } from "vitest"
import { medianRatioInterval, percentile, seededRandom, shuffled } from "../stats.mjs"

describe("bench statistics", () => {
  it("takes nearest-rank percentiles of an unsorted list", () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3)
    expect(percentile([5, 1, 3, 2, 4], 90)).toBe(5)
    expect(percentile([1.234], 50)).toBe(1.2)
    expect(percentile([], 50)).toBe(0)
  })

  it("repeats a shuffle for the same seed, and keeps every item", () => {
    const items = ["a", "b", "c", "d", "e"]
    const first = shuffled(items, seededRandom(42))
    expect(shuffled(items, seededRandom(42))).toEqual(first)
    expect([...first].sort()).toEqual(items)
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) => shuffled(items, seededRandom(seed)).join("")),
    )
    expect(orders.size).toBeGreaterThan(5)
  })

  it("gives an interval around 1 for two samples of one distribution, and above 1 for a slower one", () => {
    const random = seededRandom(7)
    const noisy = (base) => Array.from({ length: 30 }, () => base * (0.9 + 0.2 * random()))
    const [low, high] = medianRatioInterval(noisy(100), noisy(100))
    expect(low).toBeLessThan(1)
    expect(high).toBeGreaterThan(1)
    const [slowLow] = medianRatioInterval(noisy(130), noisy(100))
    expect(slowLow).toBeGreaterThan(1.1)
  })

  it("has no interval without samples", () => {
    expect(medianRatioInterval([], [1])).toBeNull()
    expect(medianRatioInterval([1], [])).toBeNull()
  })
})
