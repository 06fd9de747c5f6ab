export const LOCALES = ["ar", "en"] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = "ar"

// Endonyms: a language switcher shows each language in its own script, whatever the current locale.
export const LOCALE_NAMES: Record<Locale, string> = { ar: "العربية", en: "English" }

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

export function direction(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr"
}
