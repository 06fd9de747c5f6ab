import { describe, expect, it } from "vitest"
import { catalogSearchText, searchWords } from "../search-text"

describe("catalogSearchText", () => {
  it("folds every alef form to a bare alef", () => {
    expect(catalogSearchText("إسوارة")).toBe(catalogSearchText("اسوارة"))
    expect(catalogSearchText("أساور آنية ٱلبيت")).toBe("اساور انيه البيت")
  })

  it("folds taa marbuta to haa and alef maqsura to yaa", () => {
    expect(catalogSearchText("مطرزة")).toBe("مطرزه")
    expect(catalogSearchText("مربى")).toBe(catalogSearchText("مربي"))
  })

  it("drops diacritics and the tatweel", () => {
    expect(catalogSearchText("مُرَبّى المِشْمِش")).toBe(catalogSearchText("مربى المشمش"))
    expect(catalogSearchText("صـــابون")).toBe("صابون")
  })

  it("joins words at apostrophes instead of splitting them", () => {
    expect(catalogSearchText("Za'atar")).toBe("zaatar")
    expect(catalogSearchText("Umm Khalil’s Kitchen")).toBe("umm khalils kitchen")
  })

  it("folds case, Latin accents and punctuation, and joins its parts", () => {
    expect(catalogSearchText("Crème BRÛLÉE,", null, undefined, "jar")).toBe("creme brulee jar")
  })
})

describe("searchWords", () => {
  it("splits a query into folded words without repeats", () => {
    expect(searchWords("  Olive  olive SOAP ")).toEqual(["olive", "soap"])
    expect(searchWords("زيت الزيتون")).toEqual(["زيت", "الزيتون"])
  })

  it("keeps at most eight words and nothing for punctuation alone", () => {
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8)
    expect(searchWords("!!! ...")).toEqual([])
  })
})
