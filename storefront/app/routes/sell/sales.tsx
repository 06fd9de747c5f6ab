import type { SellerOrder } from "@usra/api-client"
import { toLocale } from "../../lib/i18n"
import { requireSeller } from "../../lib/seller.server"
import { Badge, formatDate, jod, PortalPage, usePortal } from "../../modules/portal/ui"
import type { Route } from "./+types/sales"
import { portalMeta } from "./meta"

// Enough history for the figures of a family's shop; the list shows the latest.
const MAX_ORDERS = 500

type Figures = { orders: number; items: number; jod: number }

function figures(orders: SellerOrder[]): Figures {
  const counted = orders.filter((order) => order.status !== "canceled")
  return {
    orders: counted.length,
    items: counted.reduce((sum, order) => sum + order.item_count, 0),
    jod: counted.reduce((sum, order) => sum + (order.subtotal_jod ?? 0), 0),
  }
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requireSeller(request, toLocale(params.lang))
  const orders: SellerOrder[] = []
  for (let offset = 0; offset < MAX_ORDERS; offset += 100) {
    const page = await api.orders.list({ limit: 100, offset })
    orders.push(...page.orders)
    if (page.orders.length < 100) break
  }
  // The month as families count it, in Amman.
  const month = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Amman" }).slice(0, 7)
  const thisMonth = orders.filter(
    (order) =>
      new Date(order.created_at).toLocaleDateString("en-CA", { timeZone: "Asia/Amman" }).slice(0, 7) ===
      month,
  )
  return { all: figures(orders), month: figures(thisMonth), recent: orders.slice(0, 20) }
}

export const meta: Route.MetaFunction = ({ matches, params }) =>
  portalMeta(matches, params.lang, "sales.title")

const TONE = {
  pending: "wait",
  preparing: "wait",
  delivered_to_hub: "wait",
  shipped: "wait",
  delivered: "good",
  canceled: "bad",
} as const

export default function SellSales({ loaderData }: Route.ComponentProps) {
  const { t, locale } = usePortal()
  const { all, month, recent } = loaderData
  const block = (heading: string, numbers: Figures, id: string) => (
    <section className="portal-card" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <dl className="portal-figures">
        <div>
          <dt>{t("portal.sales.orders")}</dt>
          <dd>
            <bdi>{numbers.orders}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t("portal.sales.items")}</dt>
          <dd>
            <bdi>{numbers.items}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t("portal.sales.total")}</dt>
          <dd>
            <bdi>{jod(numbers.jod, locale)}</bdi>
          </dd>
        </div>
      </dl>
    </section>
  )
  return (
    <PortalPage title={t("portal.sales.title")} intro={t("portal.sales.note")}>
      <div className="portal-two">
        {block(t("portal.sales.this_month"), month, "sales-month")}
        {block(t("portal.sales.all_time"), all, "sales-all")}
      </div>
      <section aria-labelledby="recent-orders">
        <h2 id="recent-orders">{t("portal.sales.recent")}</h2>
        {recent.length === 0 ? (
          <p className="portal-empty">{t("portal.sales.empty")}</p>
        ) : (
          <ul className="portal-lines">
            {recent.map((order) => (
              <li key={order.id}>
                <span>{t("portal.sales.order", { number: order.display_id })}</span>
                <span>{formatDate(order.created_at, locale)}</span>
                <Badge tone={TONE[order.status]}>{t(`portal.sales.status.${order.status}`)}</Badge>
                <span>{t("portal.sales.items_count", { count: order.item_count })}</span>
                {order.subtotal_jod !== null ? (
                  <bdi className="portal-lines__amount">{jod(order.subtotal_jod, locale)}</bdi>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </PortalPage>
  )
}
