import { describe, expect, it } from "vitest"
import { csvCell, csvDocument, filsToDinars } from "../csv"

describe("CSV writer", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell("+962791234567")).toBe("'+962791234567")
    expect(csvCell("-1")).toBe("'-1")
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)")
    expect(csvCell("\tcmd")).toBe("'\tcmd")
    expect(csvCell(12)).toBe("12")
  })

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("Haddad, Rania")).toBe('"Haddad, Rania"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell("a\nb")).toBe('"a\nb"')
    expect(csvCell("أم سالم")).toBe("أم سالم")
  })

  it("writes CRLF lines with a header", () => {
    expect(csvDocument(["a", "b"], [["1", 2]])).toBe("a,b\r\n1,2\r\n")
  })

  it("writes fils as dinars with three decimals", () => {
    expect(filsToDinars(12_500)).toBe("12.500")
    expect(filsToDinars(7)).toBe("0.007")
    expect(filsToDinars(1_000_000)).toBe("1000.000")
  })
})
