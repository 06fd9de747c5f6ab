import { describe, expect, it } from "vitest"
import { CURRENCIES, currencyCode, minorUnits, toMajor, toMinor } from "../index"

describe("minorUnits", () => {
  it("uses 3 digits for JOD and 2 for the other currencies", () => {
    expect(minorUnits("JOD")).toBe(3)
    for (const currency of ["USD", "EUR", "GBP", "SAR", "AED"]) expect(minorUnits(currency)).toBe(2)
    expect(CURRENCIES).toHaveLength(6)
  })

  it("accepts Medusa's lowercase codes", () => {
    expect(minorUnits("jod")).toBe(3)
    expect(currencyCode("usd")).toBe("USD")
  })

  it("throws a clear error for an unknown currency", () => {
    expect(() => minorUnits("KWD")).toThrow(/Unsupported currency "KWD".*JOD, USD/)
    expect(() => toMinor(1, "")).toThrow(/Unsupported currency/)
    expect(() => toMajor(1, "XXX")).toThrow(/Unsupported currency/)
  })
})

describe("toMajor", () => {
  it("divides by the currency's exponent", () => {
    expect(toMajor(12500, "JOD")).toBe(12.5)
    expect(toMajor(1, "JOD")).toBe(0.001)
    expect(toMajor(1999, "USD")).toBe(19.99)
    expect(toMajor(0, "EUR")).toBe(0)
    expect(toMajor(-250, "GBP")).toBe(-2.5)
    expect(toMajor(123456789n, "JOD")).toBe(123456.789)
  })

  it("rejects amounts that are not integers", () => {
    expect(() => toMajor(12.5, "JOD")).toThrow(/integer/)
    expect(() => toMajor(Number.NaN, "USD")).toThrow(/integer/)
  })
})

describe("toMinor", () => {
  it("converts exact amounts", () => {
    expect(toMinor(12.5, "JOD")).toBe(12500)
    expect(toMinor(0.001, "JOD")).toBe(1)
    expect(toMinor(19.99, "USD")).toBe(1999)
    expect(toMinor(0, "USD")).toBe(0)
    expect(toMinor(123456.789, "JOD")).toBe(123456789)
  })

  it("is not fooled by binary float noise", () => {
    // Math.round(x * 100) gets these wrong.
    expect(toMinor(1.005, "USD")).toBe(101)
    expect(toMinor(1.015, "USD")).toBe(102)
    expect(toMinor(4.35, "USD")).toBe(435)
    expect(toMinor(8.675, "USD")).toBe(868)
    expect(toMinor(1.0005, "JOD")).toBe(1001)
    expect(toMinor(0.1 + 0.2, "USD")).toBe(30)
    expect(toMinor(0.1 + 0.7, "JOD")).toBe(800)
  })

  it("rounds half away from zero", () => {
    expect(toMinor(0.005, "USD")).toBe(1)
    expect(toMinor(0.0049, "USD")).toBe(0)
    expect(toMinor(-0.005, "USD")).toBe(-1)
    expect(toMinor(-1.005, "USD")).toBe(-101)
    expect(toMinor(2.0005, "JOD")).toBe(2001)
    expect(toMinor(2.0004999, "JOD")).toBe(2000)
    expect(toMinor(0.5, "USD")).toBe(50)
  })

  it("never returns negative zero", () => {
    expect(Object.is(toMinor(-0.001, "USD"), 0)).toBe(true)
    expect(Object.is(toMinor(-0, "USD"), 0)).toBe(true)
  })

  it("handles numbers JavaScript prints in exponent form", () => {
    expect(toMinor(1e-7, "USD")).toBe(0)
    expect(toMinor(5e-3, "USD")).toBe(1)
    expect(() => toMinor(1e21, "USD")).toThrow(/too large/)
    expect(toMinor(1e6, "JOD")).toBe(1_000_000_000)
  })

  it("accepts decimal strings from forms", () => {
    expect(toMinor("12.5", "JOD")).toBe(12500)
    expect(toMinor(" 3 ", "USD")).toBe(300)
    expect(toMinor("-0.125", "USD")).toBe(-13)
    expect(toMinor("7.", "USD")).toBe(700)
  })

  it("rejects what is not a finite decimal", () => {
    expect(() => toMinor(Number.NaN, "USD")).toThrow(/finite/)
    expect(() => toMinor(Number.POSITIVE_INFINITY, "USD")).toThrow(/finite/)
    expect(() => toMinor("12,5", "USD")).toThrow(/not a decimal/)
    expect(() => toMinor("", "USD")).toThrow(/not a decimal/)
  })

  it("round-trips with toMajor", () => {
    for (const minor of [0, 1, 9, 10, 99, 101, 12500, 123456789, 999999999999]) {
      expect(toMinor(toMajor(minor, "JOD"), "JOD")).toBe(minor)
      expect(toMinor(toMajor(minor, "USD"), "USD")).toBe(minor)
    }
  })
})
