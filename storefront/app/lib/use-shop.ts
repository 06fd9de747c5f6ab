import { useTranslation } from "react-i18next"
import { useParams, useRouteLoaderData } from "react-router"
import type { loader as langLoader } from "../routes/lang"
import { toLocale } from "./i18n"

/** The page's language, its translate function, and the shop-wide data of the language layout. */
export function useShop() {
  const { t } = useTranslation()
  const locale = toLocale(useParams().lang)
  const shop = useRouteLoaderData<typeof langLoader>("routes/lang")
  return { t, locale, shop }
}
