import type { ReactNode } from "react"
import { I18nextProvider } from "react-i18next"
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunctionArgs,
  useParams,
  useRouteLoaderData,
} from "react-router"
import type { Route } from "./+types/root"
import { ERROR_COPY } from "./lib/error-copy"
import { direction, i18nFor, LOCALES, toLocale } from "./lib/i18n"
import { shopMessages } from "./lib/messages.server"
import styles from "./styles.css?url"

export function loader({ params }: Route.LoaderArgs) {
  const locale = toLocale(params.lang)
  return { locale, messages: shopMessages(locale) }
}

// The root's data never changes within a language; the language is in the URL, so it changes with it.
export function shouldRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.lang !== nextParams.lang
}

export function Layout({ children }: { children: ReactNode }) {
  const locale = toLocale(useParams().lang)
  return (
    <html lang={locale} dir={direction(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#4d5f1f" />
        <link
          rel="icon"
          href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Ccircle cx='16' cy='16' r='16' fill='%234d5f1f'/%3E%3C/svg%3E"
        />
        {/* With a precedence, React puts the stylesheet ahead of the scripts React Router preloads: a phone on a
            slow line fetches what the first paint needs before the 120 KB of JS that hydration needs. */}
        <link rel="stylesheet" href={styles} precedence="default" />
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
  const data = useRouteLoaderData<typeof loader>("root")
  if (!data) return <Outlet />
  return (
    <I18nextProvider i18n={i18nFor(data.locale, data.messages)}>
      <Outlet />
    </I18nextProvider>
  )
}

// The locale in the URL may be the very thing that is wrong, so the message is shown in both languages.
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const notFound = isRouteErrorResponse(error) && error.status === 404
  if (!notFound) console.error(error)
  return (
    <main className="error-page" id="main">
      {LOCALES.map((locale) => (
        <section key={locale} lang={locale} dir={direction(locale)}>
          <h1>{notFound ? ERROR_COPY[locale].not_found : ERROR_COPY[locale].generic}</h1>
          <p>
            <a href={`/${locale}`}>{ERROR_COPY[locale].home}</a>
          </p>
        </section>
      ))}
    </main>
  )
}
