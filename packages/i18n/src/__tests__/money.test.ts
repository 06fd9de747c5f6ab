import { describe, expect, it } from "vitest"
import { formatMoney } from "../index"

// ICU wraps Arabic output in bidi marks and may use non-breaking spaces; compare the visible text.
function visible(text: string): string {
  return text.replace(/[\u200e\u200f\u061c]/g, "").replace(/[\u00a0\u202f]/g, " ")
}

const en = (minor: number | bigint, currency: string) => visible(formatMoney(minor, currency, "en"))
const ar = (minor: number | bigint, currency: string) => visible(formatMoney(minor, currency, "ar"))

describe("formatMoney", () => {
  it("shows JOD with three decimals", () => {
    expect(en(12500, "JOD")).toBe("JOD 12.500")
    expect(ar(12500, "JOD")).toBe("12.500 د.أ.")
    expect(en(1, "jod")).toBe("JOD 0.001")
  })

  it("shows the other currencies with two decimals", () => {
    expect(en(1999, "USD")).toBe("$19.99")
    expect(en(1999, "EUR")).toBe("€19.99")
    expect(en(1999, "GBP")).toBe("£19.99")
    expect(en(1999, "SAR")).toBe("SAR 19.99")
    expect(en(1999, "AED")).toBe("AED 19.99")
    expect(ar(1999, "USD")).toBe("19.99 US$")
    expect(ar(1999, "EUR")).toBe("19.99 €")
    expect(ar(1999, "GBP")).toBe("19.99 UK£")
    expect(ar(1999, "SAR")).toBe("19.99 ر.س.")
    expect(ar(1999, "AED")).toBe("19.99 د.إ.")
  })

  it("uses Western digits in Arabic", () => {
    expect(formatMoney(123456789, "JOD", "ar")).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/)
  })

  it("formats zero", () => {
    expect(en(0, "JOD")).toBe("JOD 0.000")
    expect(ar(0, "USD")).toBe("0.00 US$")
  })

  it("formats negative amounts", () => {
    expect(en(-12500, "JOD")).toBe("-JOD 12.500")
    expect(ar(-12500, "JOD")).toBe("-12.500 د.أ.")
    expect(en(-5, "USD")).toBe("-$0.05")
  })

  it("formats large amounts with grouping", () => {
    expect(en(123456789, "JOD")).toBe("JOD 123,456.789")
    expect(ar(123456789, "JOD")).toBe("123,456.789 د.أ.")
    expect(en(Number.MAX_SAFE_INTEGER, "USD")).toBe("$90,071,992,547,409.91")
  })

  it("formats bigint amounts beyond the float range exactly", () => {
    expect(en(12345678901234567891n, "JOD")).toBe("JOD 12,345,678,901,234,567.891")
    expect(en(-7n, "JOD")).toBe("-JOD 0.007")
  })

  it("rejects amounts that are not integers of minor units", () => {
    expect(() => formatMoney(12.5, "JOD", "en")).toThrow(/integer amount in minor units/)
    expect(() => formatMoney(Number.NaN, "JOD", "en")).toThrow(/integer amount in minor units/)
    expect(() => formatMoney(Number.MAX_SAFE_INTEGER + 1, "JOD", "en")).toThrow(/integer/)
    expect(() => formatMoney("100" as unknown as number, "JOD", "en")).toThrow(/got string/)
  })

  it("throws for an unknown currency", () => {
    expect(() => formatMoney(100, "BTC", "en")).toThrow(/Unsupported currency "BTC"/)
  })
})
