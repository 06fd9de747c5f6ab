import { describe, expect, it } from "vitest"
import {
  CategoryHandle,
  CurrencyCode,
  Governorate,
  Id,
  Locale,
  MinorAmount,
  Money,
  Pagination,
} from "../index"
import { failure } from "./helpers"

describe("Locale and CurrencyCode", () => {
  it("accept the supported values only", () => {
    expect(Locale.parse("ar")).toBe("ar")
    expect(failure(Locale, "fr").message).toBe("locale must be one of: ar, en")
    expect(CurrencyCode.options).toEqual(["jod", "usd", "eur", "gbp", "sar", "aed"])
    expect(failure(CurrencyCode, "JOD").message).toMatch(/^currency_code must be one of/)
  })
})

describe("MinorAmount", () => {
  it("accepts integers from 0 to 1e12", () => {
    for (const amount of [0, 1, 12500, 1e12]) expect(MinorAmount.parse(amount)).toBe(amount)
  })

  it("rejects floats, negatives, huge values and strings, naming the rule", () => {
    expect(failure(MinorAmount, 12.5).message).toMatch(/integer in the currency's smallest unit/)
    expect(failure(MinorAmount, -1).message).toBe("amount must not be negative")
    expect(failure(MinorAmount, 1e12 + 1).message).toBe("amount must be at most 1000000000000")
    expect(failure(MinorAmount, "100").message).toBe("amount must be a number")
  })

  it("reports the field when used inside Money", () => {
    expect(Money.parse({ amount: 12500, currency_code: "jod" })).toEqual({
      amount: 12500,
      currency_code: "jod",
    })
    expect(failure(Money, { amount: 1.5, currency_code: "jod" }).field).toBe("amount")
    expect(failure(Money, { amount: 1, currency_code: "kwd" }).field).toBe("currency_code")
  })
})

describe("Pagination", () => {
  it("applies defaults", () => {
    expect(Pagination.parse({})).toEqual({ limit: 20, offset: 0 })
  })

  it("coerces query-string values", () => {
    expect(Pagination.parse({ limit: "50", offset: "100" })).toEqual({ limit: 50, offset: 100 })
    expect(Pagination.parse({ limit: "1", offset: "0" })).toEqual({ limit: 1, offset: 0 })
  })

  it("names the field and the rule when a value is out of range", () => {
    expect(failure(Pagination, { limit: "0" })).toEqual({
      type: "invalid_data",
      message: "limit must be at least 1",
      field: "limit",
    })
    expect(failure(Pagination, { limit: 101 }).message).toBe("limit must be at most 100")
    expect(failure(Pagination, { limit: "2.5" }).message).toBe("limit must be an integer")
    expect(failure(Pagination, { limit: "ten" }).message).toBe("limit must be a number")
    expect(failure(Pagination, { offset: "-1" })).toEqual({
      type: "invalid_data",
      message: "offset must be 0 or more",
      field: "offset",
    })
    expect(failure(Pagination, { offset: "x" }).message).toBe("offset must be a number")
  })
})

describe("Governorate and CategoryHandle", () => {
  it("hold the 12 governorates and 7 categories", () => {
    expect(Governorate.options).toHaveLength(12)
    expect(Governorate.parse("maan")).toBe("maan")
    expect(failure(Governorate, "Amman").message).toMatch(/^governorate must be one of/)
    expect(CategoryHandle.options).toHaveLength(7)
    expect(CategoryHandle.parse("pantry-food")).toBe("pantry-food")
    expect(failure(CategoryHandle, "food").message).toMatch(/^category must be one of/)
  })
})

describe("Id", () => {
  it("accepts Medusa-style ids", () => {
    for (const id of ["fam_01HZX3KQ8W9T2V5B7N4M6P", "prod_01JABCDEFGHJ", "fjob_abcdefghij"]) {
      expect(Id.parse(id)).toBe(id)
    }
  })

  it("rejects malformed ids", () => {
    for (const id of [
      "",
      "fam_",
      "fam-01HZX3KQ8W9T",
      "FAM_01HZX3KQ8W9T",
      "f_01HZX3KQ8W9T",
      "fam_short",
      "1",
    ]) {
      expect(Id.safeParse(id).success, id).toBe(false)
    }
    expect(failure(Id, `fam_${"A".repeat(61)}`).message).toBe("id must be at most 64 characters")
    expect(failure(Id, "").message).toBe("id must not be empty")
    expect(failure(Id, "fam-01HZX3KQ8W9T").message).toMatch(/^id must look like/)
  })
})
