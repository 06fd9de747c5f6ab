/**
 * Just enough of the Unicode bidirectional algorithm for short labels and names in a PDF: a line whose first
 * strong letter is Arabic runs right to left; inside it, runs of Latin words and numbers keep their left-to-right
 * order. Each word is split into segments by the font that has its glyphs (the Arabic font of IBM Plex Sans
 * Arabic has no Latin digits or punctuation), and Arabic segments are shaped by fontkit when drawn.
 */

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/
const STRONG_LATIN = /[A-Za-z\u00C0-\u024F]/

export type Script = "arabic" | "latin"
export type Segment = { text: string; script: Script }
export type Word = { segments: Segment[]; rtl: boolean }

export const hasArabic = (text: string) => ARABIC_LETTER.test(text)

/** True when the first strong character is Arabic (the paragraph runs right to left). */
export function isRtl(text: string): boolean {
  for (const char of text) {
    if (ARABIC_LETTER.test(char)) return true
    if (STRONG_LATIN.test(char)) return false
  }
  return false
}

/** Splits a word into runs drawn with one font each: Arabic letters (and Arabic punctuation) or the rest. */
export function segmentsOf(word: string, arabicHas: (codePoint: number) => boolean): Segment[] {
  const segments: Segment[] = []
  for (const char of word) {
    const script: Script = arabicHas(char.codePointAt(0) ?? 0) && char.trim() !== "" ? "arabic" : "latin"
    const last = segments[segments.length - 1]
    if (last && last.script === script) last.text += char
    else segments.push({ text: char, script })
  }
  return segments
}

export function wordsOf(text: string, arabicHas: (codePoint: number) => boolean): Word[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ({ segments: segmentsOf(word, arabicHas), rtl: hasArabic(word) }))
}

/**
 * The words of one line in the order they are drawn from left to right. In a right-to-left line, consecutive
 * left-to-right words stay in their order (a name, a number with its unit); everything else is reversed.
 */
export function visualOrder(words: Word[], rtlLine: boolean): Word[] {
  const chunks: Word[][] = []
  for (const word of words) {
    const last = chunks[chunks.length - 1]
    if (last && (last[0] as Word).rtl === word.rtl) last.push(word)
    else chunks.push([word])
  }
  const ordered = rtlLine ? [...chunks].reverse() : chunks
  return ordered.flatMap((chunk) => ((chunk[0] as Word).rtl ? [...chunk].reverse() : chunk))
}

/** A word's segments from left to right: an Arabic word's segments are reversed (its colon goes to the left). */
export function visualSegments(word: Word): Segment[] {
  return word.rtl ? [...word.segments].reverse() : word.segments
}
