import { UsraApiError } from "@usra/api-client"
import { Alert, Button } from "@usra/ui"
import { data, Form, Link, redirect, useNavigation } from "react-router"
import { api } from "../lib/api.server"
import { buyAgainItems } from "../lib/buy-again"
import { ensureCart } from "../lib/cart.server"
import { siteOrigin } from "../lib/config.server"
import { toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { metaMessages, pageMeta } from "../lib/seo"
import { readSession, setCart, withCookies } from "../lib/session.server"
import { useShop } from "../lib/use-shop"
import { OrderView } from "../modules/account/order-view"
import type { Route } from "./+types/account-order"

export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = toLocale(params.lang)
  const session = await readSession(request)
  if (!session.token)
    throw redirect(`${paths.account(lang)}?redirect_to=${encodeURIComponent(new URL(request.url).pathname)}`)
  try {
    const client = api(session.token)
    const [order, tracking] = await Promise.all([
      client.orders.get(params.id),
      client.orders.tracking(params.id),
    ])
    return { order, tracking, origin: siteOrigin(request) }
  } catch (error) {
    if (error instanceof UsraApiError && error.isNotFound) throw data("Not Found", { status: 404 })
    if (error instanceof UsraApiError && error.isUnauthorized) throw redirect(paths.account(lang))
    throw error
  }
}

/**
 * POST (buy again): puts every line of the buyer's own order back in their cart in one request, at today's prices,
 * then shows the cart. The lines are read from the order on the server, never from the form. If one of them can
 * no longer be sold (withdrawn, sold out), nothing is added and the page says so in the buyer's language.
 */
export async function action({ params, request }: Route.ActionArgs) {
  const lang = toLocale(params.lang)
  const session = await readSession(request)
  if (!session.token) throw redirect(paths.account(lang))
  try {
    const client = api(session.token)
    const order = await client.orders.get(params.id)
    const items = buyAgainItems(order.items)
    if (!items) return data({ buyAgainFailed: true }, { status: 400 })
    const { cart, created } = await ensureCart(session)
    await client.carts.addItems(cart.id, items)
    return redirect(paths.cart(lang), created ? { headers: withCookies(await setCart(cart.id)) } : undefined)
  } catch (error) {
    if (error instanceof UsraApiError && error.isNotFound) throw data("Not Found", { status: 404 })
    if (error instanceof UsraApiError && error.isUnauthorized) throw redirect(paths.account(lang))
    if (error instanceof UsraApiError && error.status < 500)
      return data({ buyAgainFailed: true }, { status: 400 })
    throw error
  }
}

export function meta({ data: loaded, params, matches }: Route.MetaArgs) {
  const locale = toLocale(params.lang)
  const m = metaMessages(matches)
  if (!loaded || !m) return []
  return pageMeta({
    origin: loaded.origin,
    locale,
    path: `/${locale}/account/orders/${loaded.order.id}`,
    title: `${m.storefront.tracking.title.replace("{{number}}", String(loaded.order.display_id))} · ${m.app.name}`,
    description: m.storefront.seo.listing_description,
    noindex: true,
  })
}

export default function AccountOrder({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useShop()
  const { order, tracking } = loaderData
  const busy = useNavigation().state !== "idle"
  const shipment = tracking.shipment
  // One clock for the server's render and the browser's: UTC, said so.
  const when = (at: string) =>
    `${new Date(at).toLocaleString(locale === "ar" ? "ar-JO" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "UTC",
      numberingSystem: "latn",
    } as Intl.DateTimeFormatOptions)} UTC`
  return (
    <div className="narrow">
      <p>
        <Link to={paths.account(locale)}>{t("storefront.tracking.back")}</Link>
      </p>
      <h1>{t("storefront.tracking.title", { number: order.display_id })}</h1>
      <section aria-labelledby="timeline-heading" className="tracking">
        <h2 id="timeline-heading">{t("storefront.tracking.timeline")}</h2>
        {shipment?.tracking_number ? (
          <p>
            {shipment.carrier
              ? `${t("storefront.tracking.carrier", { carrier: shipment.carrier })} · `
              : null}
            {t("storefront.tracking.number", { number: shipment.tracking_number })}
            {shipment.tracking_url ? (
              <>
                {" · "}
                <a href={shipment.tracking_url} rel="noopener noreferrer">
                  {t("storefront.tracking.follow")}
                </a>
              </>
            ) : null}
          </p>
        ) : null}
        <ol className="timeline" data-testid="tracking-timeline">
          {tracking.timeline.map((entry) => (
            <li
              key={`${entry.type}-${entry.at}-${entry.title.en}-${entry.description ?? ""}`}
              className={`timeline__entry timeline__entry--${entry.type}`}
            >
              <time dateTime={entry.at}>{when(entry.at)}</time>
              <span className="timeline__title">{entry.title[locale]}</span>
              {entry.description || entry.location ? (
                <span className="timeline__detail">
                  {[entry.description, entry.location].filter(Boolean).join(" · ")}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <OrderView order={order} />
      <Form method="post" className="buy-again">
        <Button type="submit" busy={busy}>
          {t("storefront.tracking.buy_again")}
        </Button>
      </Form>
      {actionData?.buyAgainFailed ? (
        <Alert tone="error">{t("storefront.tracking.buy_again_failed")}</Alert>
      ) : null}
    </div>
  )
}
