import { BigNumber } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { fromStripeAmount, toStripeAmount } from "../amounts"

describe("toStripeAmount", () => {
  it("turns two-decimal major amounts into cents, from any of Medusa's number shapes", () => {
    expect(toStripeAmount(12.99, "eur")).toBe(1299)
    expect(toStripeAmount("12.99", "EUR")).toBe(1299)
    expect(toStripeAmount(new BigNumber(12.99), "usd")).toBe(1299)
    expect(toStripeAmount({ value: "12.99", precision: 20 }, "gbp")).toBe(1299)
    expect(toStripeAmount(1.005, "usd")).toBe(101)
    expect(toStripeAmount(0.1 + 0.2, "usd")).toBe(30)
    expect(toStripeAmount(150, "aed")).toBe(15000)
  })

  it("gives JOD in fils, always a multiple of 10 and never below the order total", () => {
    expect(toStripeAmount(12.5, "jod")).toBe(12500)
    expect(toStripeAmount(12.34, "jod")).toBe(12340)
    expect(toStripeAmount(12.345, "jod")).toBe(12350)
    expect(toStripeAmount(12.341, "jod")).toBe(12350)
    expect(toStripeAmount("0.001", "jod")).toBe(10)
    expect(toStripeAmount(new BigNumber("7.0004"), "JOD")).toBe(7000)
    for (const amount of [0.005, 1.111, 19.999, 250.125, 3.3333]) {
      const fils = toStripeAmount(amount, "jod")
      expect(fils % 10).toBe(0)
      expect(fils).toBeGreaterThanOrEqual(Math.round(amount * 1000))
      expect(fils - Math.round(amount * 1000)).toBeLessThan(10)
    }
  })

  it("refuses a currency Usra does not sell in", () => {
    expect(() => toStripeAmount(10, "jpy")).toThrow(/Unsupported currency/)
  })
})

describe("fromStripeAmount", () => {
  it("turns minor units back into major units", () => {
    expect(fromStripeAmount(1299, "eur")).toBe(12.99)
    expect(fromStripeAmount(12350, "jod")).toBe(12.35)
    expect(fromStripeAmount(5, "usd")).toBe(0.05)
  })
})
