import { describe, expect, it } from "vitest"
import { rateProblem, sameRate } from "../rate-rules"

describe("rateProblem", () => {
  it.each(["1.41", "1.3", "5", "0.000001", "100", "100.000000", "1.123456"])("accepts %s", (rate) => {
    expect(rateProblem(rate)).toBeUndefined()
  })

  it.each([
    ["-1", /positive decimal/],
    ["abc", /positive decimal/],
    ["1,41", /positive decimal/],
    [" 1.41", /positive decimal/],
    ["1.", /positive decimal/],
    [".5", /positive decimal/],
    ["1e2", /positive decimal/],
    ["", /positive decimal/],
    ["0", /greater than 0/],
    ["0.000000", /greater than 0/],
    ["1.1234567", /at most 6 decimals/],
    ["100.000001", /at most 100/],
    ["1000", /at most 100/],
  ])("refuses %j", (rate, rule) => {
    expect(rateProblem(rate)).toMatch(rule)
  })
})

describe("sameRate", () => {
  it("compares values, not spellings", () => {
    expect(sameRate("1.3", "1.30")).toBe(true)
    expect(sameRate("1.41", "1.410000")).toBe(true)
    expect(sameRate("1.41", "1.42")).toBe(false)
  })
})
