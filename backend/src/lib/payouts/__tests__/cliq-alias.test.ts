import { describe, expect, it } from "vitest"
import { parseCliqAlias } from "../cliq-alias"

describe("CliQ alias", () => {
  it("reads Jordanian mobile numbers in every usual form as 9627XXXXXXXX", () => {
    for (const form of ["0791234567", "962791234567", "+962791234567", "00962791234567", "079 123 4567"]) {
      expect(parseCliqAlias(form), form).toEqual({ kind: "mobile", value: "962791234567" })
    }
    expect(parseCliqAlias("0771234567")?.value).toBe("962771234567")
    expect(parseCliqAlias("0781234567")?.value).toBe("962781234567")
  })

  it("refuses numbers that are not Jordanian mobiles", () => {
    for (const bad of ["0761234567", "079123456", "07912345678", "0691234567", "+966501234567", "12345"]) {
      expect(parseCliqAlias(bad), bad).toBeUndefined()
    }
  })

  it("accepts name aliases of 1 to 10 letters and digits starting with a letter, upper-cased", () => {
    expect(parseCliqAlias("umsalem")).toEqual({ kind: "alias", value: "UMSALEM" })
    expect(parseCliqAlias("ZAATAR2024")).toEqual({ kind: "alias", value: "ZAATAR2024" })
    for (const bad of ["ZAATAR20245", "um_salem", "um.salem", "أم سالم", "", "=cmd"]) {
      expect(parseCliqAlias(bad), bad).toBeUndefined()
    }
  })
})
