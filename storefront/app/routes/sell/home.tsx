import type { FamilyStatus } from "@usra/api-client"
import { Link } from "react-router"
import { toLocale } from "../../lib/i18n"
import { sellPaths } from "../../lib/sell-paths"
import { requireSeller } from "../../lib/seller.server"
import { StatusCard } from "../../modules/portal/status-card"
import { jod, PortalPage, usePortal } from "../../modules/portal/ui"
import type { Route } from "./+types/home"
import { portalMeta } from "./meta"

export async function loader({ request, params }: Route.LoaderArgs) {
  const { me, api } = await requireSeller(request, toLocale(params.lang))
  const [consignments, balance, products] = await Promise.all([
    api.consignments.list({ limit: 100 }).catch(() => null),
    api.money.balance().catch(() => null),
    api.products.list({ limit: 1 }).catch(() => null),
  ])
  return {
    family: me.family,
    member: me.member,
    due: consignments?.consignments.filter(
      (row) => row.status === "awaiting_dropoff" || row.status === "ready",
    ).length,
    balance: balance?.balance.available ?? null,
    productCount: products?.count ?? null,
  }
}

export const meta: Route.MetaFunction = ({ matches, params }) => portalMeta(matches, params.lang, "nav.home")

const EDITABLE: FamilyStatus[] = ["draft", "changes_requested"]

export default function SellHome({ loaderData }: Route.ComponentProps) {
  const { t, locale } = usePortal()
  const { family, due, balance, productCount } = loaderData
  const name = locale === "ar" ? family.name_ar : family.name_en
  const tiles = [
    {
      href: sellPaths.application(locale),
      label: t("portal.home.tiles.application"),
      note: t(`portal.status.${family.status}`),
    },
    {
      href: sellPaths.products(locale),
      label: t("portal.home.tiles.products"),
      note: productCount === null ? null : t("portal.home.products_count", { count: productCount }),
    },
    {
      href: sellPaths.deliveries(locale),
      label: t("portal.home.tiles.deliveries"),
      note: due ? t("portal.home.deliveries_due", { count: due }) : t("portal.home.deliveries_none"),
      urgent: Boolean(due),
    },
    {
      href: sellPaths.money(locale),
      label: t("portal.home.tiles.money"),
      note: balance === null ? null : t("portal.home.balance", { amount: jod(balance, locale) }),
    },
    { href: sellPaths.sales(locale), label: t("portal.home.tiles.sales") },
    { href: sellPaths.reviews(locale), label: t("portal.home.tiles.reviews") },
    { href: sellPaths.payoutAccount(locale), label: t("portal.home.tiles.payout_account") },
  ]
  return (
    <PortalPage title={t("portal.home.hello", { name })} back={false}>
      <StatusCard family={family}>
        {EDITABLE.includes(family.status) ? (
          <Link
            to={sellPaths.application(locale)}
            className="usra-button usra-button--primary usra-button--lg"
          >
            {t("portal.home.continue")}
          </Link>
        ) : null}
      </StatusCard>
      <nav aria-labelledby="portal-tiles">
        <h2 id="portal-tiles">{t("portal.home.tiles_label")}</h2>
        <ul className="portal-tiles">
          {tiles.map((tile) => (
            <li key={tile.href}>
              <Link to={tile.href} className={`portal-tile${tile.urgent ? " portal-tile--urgent" : ""}`}>
                <span className="portal-tile__label">{tile.label}</span>
                {tile.note ? <span className="portal-tile__note">{tile.note}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </PortalPage>
  )
}
