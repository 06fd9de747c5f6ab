import { Link } from "react-router"
import { toLocale } from "../../lib/i18n"
import { sellPaths } from "../../lib/sell-paths"
import { requireSeller } from "../../lib/seller.server"
import { Badge, formatDate, jod, PortalPage, usePortal } from "../../modules/portal/ui"
import type { Route } from "./+types/money"
import { portalMeta } from "./meta"

const PAGE = 20

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requireSeller(request, toLocale(params.lang))
  const page = Math.max(1, Math.min(1000, Number(new URL(request.url).searchParams.get("page")) || 1))
  const [balance, payouts, ledger] = await Promise.all([
    api.money.balance(),
    api.money.payouts({ limit: 20 }),
    api.money.ledger({ limit: PAGE, offset: (page - 1) * PAGE }),
  ])
  return { balance, payouts: payouts.payouts, ledger, page }
}

export const meta: Route.MetaFunction = ({ matches, params }) =>
  portalMeta(matches, params.lang, "money.title")

const PAYOUT_TONE = {
  pending: "wait",
  approved: "wait",
  sent: "wait",
  paid: "good",
  failed: "bad",
  cancelled: "bad",
} as const

export default function SellMoney({ loaderData }: Route.ComponentProps) {
  const { t, locale } = usePortal()
  const { balance, payouts, ledger, page } = loaderData
  const more = page * PAGE < ledger.count
  return (
    <PortalPage title={t("portal.money.title")}>
      <section className="portal-card portal-balance" aria-labelledby="balance-heading">
        <h2 id="balance-heading">{t("portal.money.balance")}</h2>
        <p className="portal-balance__amount" data-testid="balance">
          <bdi>{jod(balance.balance.available, locale)}</bdi>
        </p>
        <p>{t("portal.money.threshold", { amount: jod(balance.balance.payout_threshold, locale) })}</p>
        <Link
          to={sellPaths.payoutAccount(locale)}
          className="usra-button usra-button--secondary usra-button--lg"
        >
          {t("portal.money.account_link")}
        </Link>
      </section>

      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t("portal.money.upcoming")}</h2>
        <p className="portal-intro">{t("portal.money.upcoming_intro")}</p>
        {balance.upcoming_releases.length === 0 ? (
          <p className="portal-empty">{t("portal.money.no_upcoming")}</p>
        ) : (
          <ul className="portal-lines">
            {balance.upcoming_releases.map((row) => (
              <li key={row.family_order_id}>
                <span>{t("portal.sales.order", { number: row.display_id })}</span>
                <span>
                  {row.release_at
                    ? t("portal.money.release_on", { date: formatDate(row.release_at, locale) })
                    : t("portal.money.after_delivery")}
                </span>
                <bdi className="portal-lines__amount">{jod(row.amount_jod, locale)}</bdi>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="payouts-heading">
        <h2 id="payouts-heading">{t("portal.money.payouts")}</h2>
        {payouts.length === 0 ? (
          <p className="portal-empty">{t("portal.money.no_payouts")}</p>
        ) : (
          <ul className="portal-lines">
            {payouts.map((payout) => (
              <li key={payout.id}>
                <span>{formatDate(payout.paid_at ?? payout.created_at, locale)}</span>
                <Badge tone={PAYOUT_TONE[payout.status]}>
                  {t(`portal.money.payout_status.${payout.status}`)}
                </Badge>
                <bdi className="portal-lines__amount">{jod(payout.amount, locale)}</bdi>
                {payout.bank_reference ? (
                  <span className="portal-lines__note">
                    {t("portal.money.reference", { reference: payout.bank_reference })}
                  </span>
                ) : null}
                {payout.failure_reason ? (
                  <span className="portal-lines__note">{payout.failure_reason}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">{t("portal.money.ledger")}</h2>
        {ledger.entries.length === 0 ? (
          <p className="portal-empty">{t("portal.money.no_ledger")}</p>
        ) : (
          <ul className="portal-lines" data-testid="ledger">
            {ledger.entries.map((entry) => (
              <li key={entry.id}>
                <span>{formatDate(entry.created_at, locale)}</span>
                <span>
                  {t(`portal.money.kind.${entry.kind}`)}
                  {(locale === "ar" ? entry.description_ar : entry.description_en)
                    ? ` · ${locale === "ar" ? entry.description_ar : entry.description_en}`
                    : ""}
                </span>
                <bdi
                  className={`portal-lines__amount${entry.amount < 0 ? " portal-lines__amount--minus" : ""}`}
                >
                  {jod(entry.amount, locale)}
                </bdi>
              </li>
            ))}
          </ul>
        )}
        {page > 1 || more ? (
          <nav className="portal-pager" aria-label={t("portal.money.ledger")}>
            {page > 1 ? <Link to={`?page=${page - 1}`}>{t("portal.money.newer")}</Link> : <span />}
            {more ? <Link to={`?page=${page + 1}`}>{t("portal.money.older")}</Link> : null}
          </nav>
        ) : null}
      </section>
    </PortalPage>
  )
}
