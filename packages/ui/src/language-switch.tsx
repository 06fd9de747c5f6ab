import { LOCALE_NAMES, LOCALES, type Locale } from "@usra/i18n"

export type LanguageSwitchProps = {
  current: Locale
  /** The same page in each language, e.g. { ar: "/ar/products", en: "/en/products" }. */
  hrefs: Record<Locale, string>
  /** "Language", in the page's language. */
  label: string
}

/**
 * Links to the same page in the other languages, each named in its own language and script (an Arabic reader on
 * an English page looks for "العربية", not "Arabic").
 */
export function LanguageSwitch({ current, hrefs, label }: LanguageSwitchProps) {
  return (
    <nav className="usra-language-switch" aria-label={label}>
      <ul>
        {LOCALES.filter((locale) => locale !== current).map((locale) => (
          <li key={locale}>
            <a href={hrefs[locale]} lang={locale} hrefLang={locale} data-language={locale}>
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
