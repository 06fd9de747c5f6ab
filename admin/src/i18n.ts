import { direction, isLocale, type Locale, resources } from "@usra/i18n"
import i18next from "i18next"
import { initReactI18next } from "react-i18next"

export { direction, isLocale, LOCALE_NAMES, type Locale } from "@usra/i18n"

const LOCALE_KEY = "usra.admin.locale"

/** The saved language, else English when the browser asks for it first, else Arabic (the ministry's). */
export function storedLocale(): Locale {
  const saved = typeof localStorage === "undefined" ? null : localStorage.getItem(LOCALE_KEY)
  if (isLocale(saved)) return saved
  const browser = typeof navigator === "undefined" ? "" : navigator.language.toLowerCase()
  return browser.startsWith("en") ? "en" : "ar"
}

/** Sets the page's language and direction (right to left for Arabic) and remembers the choice. */
export function applyLocale(locale: Locale) {
  if (typeof document !== "undefined") {
    document.documentElement.lang = locale
    document.documentElement.dir = direction(locale)
  }
  if (typeof localStorage !== "undefined") localStorage.setItem(LOCALE_KEY, locale)
}

export function createI18n(locale: Locale = storedLocale()) {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: "ar",
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  })
  const apply = (lng: string) => {
    if (!isLocale(lng)) return
    applyLocale(lng)
    if (typeof document !== "undefined") document.title = instance.t("admin.title")
  }
  instance.on("languageChanged", apply)
  apply(locale)
  return instance
}

export function currentLocale(language: string | undefined): Locale {
  return isLocale(language) ? language : "ar"
}
