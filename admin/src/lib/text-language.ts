import type { Locale } from "@usra/i18n"

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu
const LATIN = /[A-Za-z\u00C0-\u024F]/gu

/**
 * The language a buyer wrote in, by which script has more letters (reviews carry no language of their own), so the
 * text is read aloud and laid out right to left or left to right as written, whatever the console's language.
 */
export function textLanguage(text: string): Locale {
  const arabic = text.match(ARABIC)?.length ?? 0
  const latin = text.match(LATIN)?.length ?? 0
  return arabic > latin ? "ar" : "en"
}
