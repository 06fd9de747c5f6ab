import { describe, expect, it } from "vitest"
import { ibanChecksumValid, ibanProblem, normalizeIban } from "../iban"

// The Central Bank of Jordan's published example IBAN.
const VALID = "JO94CBJO0010000000000131000302"

describe("Jordanian IBAN", () => {
  it("accepts a valid IBAN, also typed in groups of four and lower case", () => {
    expect(ibanProblem(VALID)).toBeUndefined()
    expect(ibanProblem("jo94 cbjo 0010 0000 0000 0131 0003 02")).toBeUndefined()
    expect(normalizeIban("jo94 cbjo 0010")).toBe("JO94CBJO0010")
  })

  it("refuses wrong check digits (mod 97)", () => {
    expect(ibanChecksumValid(VALID)).toBe(true)
    expect(ibanChecksumValid(VALID.replace("JO94", "JO95"))).toBe(false)
    // One typo in the account number
    expect(ibanProblem("JO94CBJO0010000000000131000303")).toMatch(/check digits/)
    // Two digits swapped
    expect(ibanProblem("JO94CBJO0010000000000113000302")).toMatch(/check digits/)
  })

  it("refuses another country, another length or the wrong shape, in both languages", () => {
    expect(ibanProblem("DE89370400440532013000")).toMatch(/starting with JO.*آيبان/)
    expect(ibanProblem("JO94CBJO001000000000013100030")).toMatch(/30 characters.*got 29/)
    expect(ibanProblem("JO94CBJO00100000000001310003021")).toMatch(/got 31/)
    expect(ibanProblem("JO941234001000000000013100030X")).toMatch(/4-letter bank code/)
  })
})
