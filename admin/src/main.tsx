import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { UsraApiError } from "@usra/api-client/admin"
import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { I18nextProvider } from "react-i18next"
import { RouterProvider } from "react-router"
import { createI18n, loadMessages, storedLocale } from "./i18n"
import { createRouter } from "./router"
import "@usra/ui/styles.css"
import "./app.css"

const root = document.getElementById("root")
if (!root) throw new Error("index.html has no #root element")

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A refusal (4xx) will not change by asking again; a network hiccup or 5xx may.
      retry: (count, error) => !(error instanceof UsraApiError && error.status < 500) && count < 2,
    },
  },
})

// Only the language the page opens in is fetched before the first paint.
const locale = storedLocale()
void loadMessages(locale).then((messages) =>
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={createI18n(locale, messages)}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={createRouter()} />
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  ),
)
