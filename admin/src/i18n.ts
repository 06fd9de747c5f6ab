import { direction, isLocale, type Locale } from "@usra/i18n"
import i18next, { type BackendModule, type ResourceKey } from "i18next"
import { initReactI18next } from "react-i18next"

export { direction, isLocale, LOCALE_NAMES, type Locale } from "@usra/i18n"

const LOCALE_KEY = "usra.admin.locale"

/** The console's words in one language (see locales/*): each language is a chunk of its own. */
export type Messages = typeof import("./locales/en")["default"]

const CATALOGUES: Record<Locale, () => Promise<{ default: Messages }>> = {
  ar: () => import("./locales/ar"),
  en: () => import("./locales/en"),
}

/** Fetches one language's catalogue (a few kB), so the first page carries only the language it is read in. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await CATALOGUES[locale]()).default
}

// i18next asks this for a language it does not hold yet, e.g. when staff switch to the other one.
const lazyCatalogues: BackendModule = {
  type: "backend",
  init: () => {},
  read: (language, _namespace, callback) => {
    if (!isLocale(language)) return callback(null, {})
    loadMessages(language).then(
      (messages) => callback(null, messages as unknown as ResourceKey),
      (error: Error) => callback(error, null),
    )
  },
}

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

/** An i18next instance that starts in `locale` with its `messages` at hand and loads the other language on demand. */
export function createI18n(locale: Locale, messages: Messages) {
  const instance = i18next.createInstance()
  void instance
    .use(lazyCatalogues)
    .use(initReactI18next)
    .init({
      resources: { [locale]: { translation: messages } },
      partialBundledLanguages: true,
      lng: locale,
      // Both catalogues hold the same keys (packages/i18n tests it): no second language to download as a fallback.
      fallbackLng: false,
      supportedLngs: ["ar", "en"],
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
