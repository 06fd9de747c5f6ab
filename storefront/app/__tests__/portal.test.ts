import { describe, expect, it } from "vitest"
import { fieldMessages, fieldsNamed, tokenWithoutFamily } from "../lib/seller.server"
import { filsToJodText, parseJodToFils } from "../modules/portal/money"

const jwt = (payload: Record<string, unknown>) =>
  `x.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.y`

describe("parseJodToFils", () => {
  it("reads dinars as whole fils, however a phone typed them", () => {
    expect(parseJodToFils("12.5")).toBe(12_500)
    expect(parseJodToFils("12.500")).toBe(12_500)
    expect(parseJodToFils("7")).toBe(7_000)
    expect(parseJodToFils(" 0.125 ")).toBe(125)
    expect(parseJodToFils("١٢٫٥")).toBe(12_500)
    expect(parseJodToFils("۷٫۲۵")).toBe(7_250)
    expect(parseJodToFils("3,75")).toBe(3_750)
  })

  it("refuses what is not a price", () => {
    for (const text of ["", "abc", "1.2345", "-5", "1.2.3", "12 JOD"]) expect(parseJodToFils(text)).toBeNull()
  })

  it("writes fils back as the dinars the form shows", () => {
    expect(filsToJodText(12_500)).toBe("12.500")
    expect(filsToJodText(125)).toBe("0.125")
    expect(filsToJodText(null)).toBe("")
  })
})

describe("backend messages in the portal", () => {
  const message =
    "Invalid request: iban has wrong check digits (ISO 13616 mod-97): check for a typo / خانات التحقق في الآيبان غير صحيحة; Value for field 'account_holder_name' too small, expected at least: '2'"

  it("gives each field its own message, in the page's language when the backend has one", () => {
    expect(fieldMessages("ar", message, ["account_holder_name", "iban", "cliq_alias"])).toEqual({
      iban: "خانات التحقق في الآيبان غير صحيحة",
      account_holder_name: "Value for field 'account_holder_name' too small, expected at least: '2'",
    })
    expect(fieldMessages("en", message, ["iban"]).iban).toBe(
      "Has wrong check digits (ISO 13616 mod-97): check for a typo",
    )
  })

  it("names the fields a validation message is about", () => {
    expect(
      fieldsNamed("Invalid request: title_ar must not be empty; Field 'stock' is required", [
        "title_ar",
        "title_en",
        "stock",
      ]),
    ).toEqual(["title_ar", "stock"])
  })
})

describe("tokenWithoutFamily", () => {
  it("tells a fresh registration's login from a member's and from an expired one", () => {
    const later = Math.floor(Date.now() / 1000) + 3600
    expect(tokenWithoutFamily(jwt({ actor_id: "", exp: later }))).toBe(true)
    expect(tokenWithoutFamily(jwt({ actor_id: "mem_1", exp: later }))).toBe(false)
    expect(tokenWithoutFamily(jwt({ actor_id: "", exp: 1 }))).toBe(false)
    expect(tokenWithoutFamily("not-a-jwt")).toBe(false)
  })
})
