import { ButtonLink } from "@usra/ui"
import { redirect } from "react-router"
import { api } from "../lib/api.server"
import { siteOrigin } from "../lib/config.server"
import { toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { metaMessages, pageMeta } from "../lib/seo"
import { readSession } from "../lib/session.server"
import { useShop } from "../lib/use-shop"
import { OrderView } from "../modules/account/order-view"
import type { Route } from "./+types/order-confirmed"

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await readSession(request)
  if (!session.lastOrder) throw redirect(paths.lookup(toLocale(params.lang)))
  const order = await api().orders.lookup(session.lastOrder.email, session.lastOrder.display_id)
  return {
    order,
    email: session.lastOrder.email,
    signedIn: Boolean(session.token),
    origin: siteOrigin(request),
  }
}

export function meta({ data, params, matches }: Route.MetaArgs) {
  const locale = toLocale(params.lang)
  const m = metaMessages(matches)
  if (!data || !m) return []
  return pageMeta({
    origin: data.origin,
    locale,
    path: `/${locale}/order/confirmed`,
    title: `${m.storefront.confirmation.title} · ${m.app.name}`,
    description: m.storefront.confirmation.next,
    noindex: true,
  })
}

export default function OrderConfirmed({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShop()
  return (
    <div className="confirmation">
      <h1>{t("storefront.confirmation.title")}</h1>
      <p>{t("storefront.confirmation.email", { email: loaderData.email })}</p>
      <p>{t("storefront.confirmation.next")}</p>
      <OrderView order={loaderData.order} />
      {loaderData.signedIn ? (
        <ButtonLink href={paths.account(locale)} variant="secondary">
          {t("storefront.confirmation.view_account")}
        </ButtonLink>
      ) : null}
    </div>
  )
}
