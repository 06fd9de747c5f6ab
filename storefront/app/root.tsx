import type { ReactNode } from "react"
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useParams,
} from "react-router"
import type { Route } from "./+types/root"
import { direction, LOCALES, t, toLocale } from "./lib/i18n"
import "./app.css"

export function Layout({ children }: { children: ReactNode }) {
  const locale = toLocale(useParams().lang)
  return (
    <html lang={locale} dir={direction(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

// The locale in the URL may be the very thing that is wrong, so the message is shown in both languages.
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <main className="error-page">
      {LOCALES.map((locale) => (
        <section key={locale} lang={locale} dir={direction(locale)}>
          <h1>{t(locale, notFound ? "errors.not_found" : "common.error")}</h1>
          <a href={`/${locale}`}>{t(locale, "storefront.home_link")}</a>
        </section>
      ))}
    </main>
  )
}
