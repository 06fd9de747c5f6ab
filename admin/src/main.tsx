import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { UsraApiError } from "@usra/api-client"
import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { I18nextProvider } from "react-i18next"
import { RouterProvider } from "react-router"
import { createI18n } from "./i18n"
import { createRouter } from "./router"
import "@usra/ui/styles.css"
import "./app.css"

const root = document.getElementById("root")
if (!root) throw new Error("index.html has no #root element")

const i18n = createI18n()
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A refusal (4xx) will not change by asking again; a network hiccup or 5xx may.
      retry: (count, error) => !(error instanceof UsraApiError && error.status < 500) && count < 2,
    },
  },
})

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={createRouter()} />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
)
