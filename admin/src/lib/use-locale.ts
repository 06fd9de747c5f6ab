import { useTranslation } from "react-i18next"
import { currentLocale, type Locale } from "../i18n"

/** The translation function and the current locale ("ar" or "en"). */
export function useLocale(): { t: ReturnType<typeof useTranslation>["t"]; locale: Locale } {
  const { t, i18n } = useTranslation()
  return { t, locale: currentLocale(i18n.language) }
}
