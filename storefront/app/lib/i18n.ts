import type { Locale } from "@usra/i18n"
import i18next, { type i18n as I18n } from "i18next"
import { initReactI18next } from "react-i18next"

export { direction, isLocale, LOCALE_NAMES, LOCALES, type Locale } from "@usra/i18n"

import type { ShopMessages } from "./messages.server"

const instances = new Map<string, I18n>()

/**
 * One i18next instance per language (and per part of the site: the family portal carries more messages),
 * created synchronously from the messages the page was rendered with.
 */
export function i18nFor(locale: Locale, messages: ShopMessages, scope: "shop" | "portal" = "shop"): I18n {
  const key = `${scope}:${locale}`
  let instance = instances.get(key)
  if (!instance) {
    instance = i18next.createInstance()
    void instance.use(initReactI18next).init({
      lng: locale,
      fallbackLng: false,
      resources: { [locale]: { translation: messages } },
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    })
    instances.set(key, instance)
  }
  return instance
}

/** The locale in a URL segment; English when it is missing or unknown (only error pages see that). */
export function toLocale(value: string | undefined): Locale {
  return value === "ar" ? "ar" : "en"
}

/** Picks ar or en from an Accept-Language header, honouring q weights; English when neither is asked for. */
export function preferredLocale(header: string | null): Locale {
  const ranked = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";")
      const weight = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: weight ? Number(weight.slice(2)) : 1 }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q)
  return ranked.map((entry) => entry.lang).find((lang) => lang === "ar" || lang === "en") ?? "en"
}

/** A country's name in the page's language (Intl knows them all). */
export function countryName(code: string, locale: Locale): string {
  try {
    return (
      new Intl.DisplayNames([locale === "ar" ? "ar-JO" : "en-GB"], { type: "region" }).of(
        code.toUpperCase(),
      ) ?? code
    )
  } catch {
    return code.toUpperCase()
  }
}
