import { Link, useSearchParams } from "react-router"
import { PageHeader } from "../../components/page-header"
import { useMe } from "../../hooks/api/me"
import { useLocale } from "../../lib/use-locale"
import { may } from "../../roles"
import { Balances, FailedPayouts } from "./balances"
import { Batches } from "./batches"
import { TABS, tabOf } from "./logic"
import { CommissionRules, ExchangeRates, ShippingRates } from "./settings"

export function Component() {
  const { t } = useLocale()
  const [search] = useSearchParams()
  const tab = tabOf(search.get("tab"))
  const me = useMe()
  const canAct = may(me.data?.role, "payoutMoney")
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={t("admin.payouts.title")} intro={t("admin.payouts.intro")} />
      <nav className="tabs" aria-label={t("admin.payouts.tabs")}>
        <ul>
          {TABS.map((entry) => (
            <li key={entry}>
              <Link to={`?tab=${entry}`} aria-current={entry === tab ? "page" : undefined} replace>
                {t(`admin.payouts.tab_${entry}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === "batches" ? <Batches canAct={canAct} /> : null}
      {tab === "balances" ? <Balances canAct={canAct} /> : null}
      {tab === "failed" ? <FailedPayouts /> : null}
      {tab === "rates" ? <ExchangeRates canAct={canAct} /> : null}
      {tab === "commission" ? <CommissionRules canAct={canAct} /> : null}
      {tab === "shipping" ? <ShippingRates canAct={canAct} /> : null}
    </section>
  )
}
