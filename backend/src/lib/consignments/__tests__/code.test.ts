import { describe, expect, it } from "vitest"
import { CODE_ALPHABET, generateConsignmentCode, normalizeConsignmentCode } from "../code"

describe("consignment codes", () => {
  it("are 8 characters with no letter or digit that reads like another", () => {
    for (let i = 0; i < 500; i++) {
      const code = generateConsignmentCode()
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/)
    }
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/)
  })

  it("take every character from the random source", () => {
    const picks = [0, 1, 2, 3, 4, 5, 6, 30]
    expect(generateConsignmentCode(() => picks.shift() ?? 0)).toBe("2345678Z")
  })

  it("are rarely the same twice", () => {
    const codes = new Set(Array.from({ length: 2_000 }, () => generateConsignmentCode()))
    expect(codes.size).toBe(2_000)
  })

  it("read what staff typed or scanned, dashes, spaces and case aside", () => {
    expect(normalizeConsignmentCode("k7mx-3qpa")).toBe("K7MX3QPA")
    expect(normalizeConsignmentCode(" K7MX 3QPA ")).toBe("K7MX3QPA")
    expect(normalizeConsignmentCode("K7MX3QP")).toBeUndefined()
    expect(normalizeConsignmentCode("K7MX3QP0")).toBeUndefined()
    expect(normalizeConsignmentCode("K7MX3QPI")).toBeUndefined()
  })
})
