import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { render } from "@testing-library/react"
import type { ReactNode } from "react"
import { I18nextProvider } from "react-i18next"
import { createMemoryRouter, MemoryRouter, type RouteObject, RouterProvider } from "react-router"
import { createI18n } from "../i18n"
import ar from "../locales/ar"
import en from "../locales/en"

export function providers(locale: "ar" | "en" = "en") {
  const i18n = createI18n(locale, locale === "ar" ? ar : en)
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  return { i18n, client }
}

/** Renders with the console's providers (i18n, TanStack Query, a memory router at `route`). */
export function renderWithProviders(
  ui: ReactNode,
  { locale = "en", route = "/" }: { locale?: "ar" | "en"; route?: string } = {},
) {
  const { i18n, client } = providers(locale)
  return {
    client,
    ...render(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={client}>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </QueryClientProvider>
      </I18nextProvider>,
    ),
  }
}

/** Renders a route tree (lazy routes included) at `route`. */
export function renderRoutes(
  routes: RouteObject[],
  { locale = "en", route = "/" }: { locale?: "ar" | "en"; route?: string } = {},
) {
  const { i18n, client } = providers(locale)
  const router = createMemoryRouter(routes, { initialEntries: [route] })
  return {
    router,
    ...render(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={client}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nextProvider>,
    ),
  }
}
