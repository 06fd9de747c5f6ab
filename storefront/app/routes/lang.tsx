import { data, Outlet } from "react-router"
import { api } from "../lib/api.server"
import { countryName, isLocale, toLocale } from "../lib/i18n"
import { readSession } from "../lib/session.server"
import { regionFor, regions } from "../lib/shop.server"
import { SiteFooter, SiteHeader } from "../modules/layout/site-chrome"
import type { Route } from "./+types/lang"

export async function loader({ params, request }: Route.LoaderArgs) {
  if (!isLocale(params.lang)) throw data("Not Found", { status: 404 })
  const locale = toLocale(params.lang)
  const session = await readSession(request)
  const [all, region] = await Promise.all([regions(), regionFor(session.country)])
  let cartCount = 0
  if (session.cartId) {
    const cart = await api()
      .carts.get(session.cartId)
      .catch(() => null)
    if (cart && !cart.completed_at)
      cartCount = (cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
  }
  const countries = all
    .flatMap((r) => r.countries)
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
  return {
    country: session.country,
    currency: region?.currency ?? "usd",
    regionId: region?.id ?? null,
    countries,
    cartCount,
    signedIn: Boolean(session.token),
  }
}

export default function LangLayout() {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
    </>
  )
}
