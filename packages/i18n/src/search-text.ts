// Arabic diacritics (tashkeel), Quranic marks and the tatweel: none of them changes which word is meant.
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g // آ أ إ ٱ ٲ ٳ -> ا
const TAA_MARBUTA = /\u0629/g // ة -> ه
const ALEF_MAQSURA = /\u0649/g // ى -> ي
const HAMZA_ON_WAW = /\u0624/g // ؤ -> و
const HAMZA_ON_YA = /\u0626/g // ئ -> ي
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g

/**
 * Text folded for search, so a buyer finds "زيت الزيتون" whether they type أ, إ or ا, ة or ه, with or without
 * diacritics, and English matches without regard to case or accents. Apply it to both the query and the text.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .replace(MARKS, "")
    .replace(ALEF_FORMS, "\u0627")
    .replace(TAA_MARBUTA, "\u0647")
    .replace(ALEF_MAQSURA, "\u064a")
    .replace(HAMZA_ON_WAW, "\u0648")
    .replace(HAMZA_ON_YA, "\u064a")
    .replace(ARABIC_INDIC_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
}
