import { useEffect, useState } from "react"
import { backendUrl } from "./config"
import { direction, isLocale, LOCALE_NAMES, type Locale, t } from "./i18n"

const LOCALE_KEY = "usra.admin.locale"

export function App({ initialLocale = "ar" }: { initialLocale?: Locale }) {
  const [locale, setLocale] = useState<Locale>(initialLocale)
  const other: Locale = locale === "ar" ? "en" : "ar"

  useEffect(() => {
    document.documentElement.lang = locale
    document.documentElement.dir = direction(locale)
    document.title = t(locale, "admin.title")
    localStorage.setItem(LOCALE_KEY, locale)
  }, [locale])

  return (
    <div className="shell">
      <header className="shell-header">
        <div>
          <h1>{t(locale, "admin.title")}</h1>
          <p className="subtitle">
            {t(locale, "app.name")} · {t(locale, "app.tagline")}
          </p>
        </div>
        <button type="button" lang={other} onClick={() => setLocale(other)}>
          {LOCALE_NAMES[other]}
        </button>
      </header>
      <main>
        <section aria-labelledby="today-heading" className="today">
          <h2 id="today-heading">{t(locale, "admin.today")}</h2>
          <p>{t(locale, "admin.today_placeholder")}</p>
        </section>
      </main>
      <footer className="shell-footer">
        {t(locale, "admin.backend")}: <bdi dir="ltr">{backendUrl}</bdi>
      </footer>
    </div>
  )
}

export function storedLocale(): Locale {
  const saved = localStorage.getItem(LOCALE_KEY)
  if (isLocale(saved)) return saved
  // The ministry works in Arabic; English only when the browser asks for it first.
  return navigator.language.toLowerCase().startsWith("en") ? "en" : "ar"
}
