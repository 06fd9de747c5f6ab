import { describe, expect, it } from "vitest"
import { isRtl, segmentsOf, visualOrder, visualSegments, wordsOf } from "../bidi"

// The Arabic font has Arabic letters and the Arabic comma, not Latin digits or punctuation.
const arabicHas = (codePoint: number) => (codePoint >= 0x0600 && codePoint <= 0x06ff) || codePoint === 0x20
const texts = (words: ReturnType<typeof wordsOf>) =>
  words.map((word) =>
    visualSegments(word)
      .map((segment) => segment.text)
      .join(""),
  )

describe("bidi for PDF labels", () => {
  it("takes the direction from the first strong letter", () => {
    expect(isRtl("مطبخ أم خليل")).toBe(true)
    expect(isRtl("2026 مطبخ")).toBe(true)
    expect(isRtl("Umm Khalil مطبخ")).toBe(false)
  })

  it("splits a word by the font that has its characters", () => {
    expect(segmentsOf("المجموع:", arabicHas)).toEqual([
      { text: "المجموع", script: "arabic" },
      { text: ":", script: "latin" },
    ])
  })

  it("reverses an Arabic line but keeps Latin runs and numbers left to right", () => {
    const words = wordsOf("طلب رقم Order 1042 من عمان", arabicHas)
    expect(texts(visualOrder(words, true))).toEqual(["عمان", "من", "Order", "1042", "رقم", "طلب"])
  })

  it("puts an Arabic word's trailing colon on its left", () => {
    const [word] = wordsOf("المجموع:", arabicHas)
    expect(visualSegments(word as never).map((segment) => segment.text)).toEqual([":", "المجموع"])
  })

  it("keeps an English line in order, with an Arabic phrase inside reversed", () => {
    const words = wordsOf("Family أم خليل kitchen", arabicHas)
    expect(texts(visualOrder(words, false))).toEqual(["Family", "خليل", "أم", "kitchen"])
  })
})
