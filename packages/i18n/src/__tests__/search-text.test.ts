import { describe, expect, it } from "vitest"
import { normalizeSearchText } from "../index"

describe("normalizeSearchText", () => {
  it("folds the alef forms, taa marbuta, alef maqsura and hamza seats", () => {
    expect(normalizeSearchText("أإآٱا")).toBe("ااااا")
    expect(normalizeSearchText("مطرزة")).toBe(normalizeSearchText("مطرزه"))
    expect(normalizeSearchText("مستشفى")).toBe("مستشفي")
    expect(normalizeSearchText("مؤونة")).toBe("موونه")
  })

  it("drops diacritics and the tatweel", () => {
    expect(normalizeSearchText("زَيْتُ الزَّيْتُونِ")).toBe("زيت الزيتون")
    expect(normalizeSearchText("صـــابون")).toBe("صابون")
  })

  it("folds case, Latin accents, punctuation and Arabic-Indic digits", () => {
    expect(normalizeSearchText("Za'atar  BLEND")).toBe("za atar blend")
    expect(normalizeSearchText("Crème")).toBe("creme")
    expect(normalizeSearchText("٥٠٠ غ")).toBe("500 غ")
  })
})
