import type { AdminToday } from "@usra/types"
import { Stat } from "@usra/ui"
import { Link } from "react-router"
import { PageHeader } from "../../components/page-header"
import { QueryState } from "../../components/query-state"
import { useToday } from "../../hooks/api/today"
import { age, money } from "../../lib/format"
import { useLocale } from "../../lib/use-locale"

/** "waiting 3 days" / "waiting 5 h", in the page's language. */
export function waitingFor(
  since: string | null,
  t: (key: string, params?: Record<string, unknown>) => string,
  now?: Date,
) {
  const { unit, count } = age(since, now)
  return t("admin.common.age", { age: t(`admin.common.${unit}`, { count }) })
}

export function TodayView({ today, now }: { today: AdminToday; now?: Date }) {
  const { t, locale } = useLocale()
  const hubs = today.consignments?.hubs ?? []
  const late = hubs.reduce((sum, hub) => sum + hub.late, 0)
  const due = hubs.reduce((sum, hub) => sum + hub.due, 0)
  return (
    <div className="stat-grid">
      {today.applications ? (
        <Stat
          tone={today.applications.waiting > 0 ? "attention" : "neutral"}
          label={t("admin.today.applications")}
          value={today.applications.waiting}
          detail={
            today.applications.oldest.length ? (
              <>
                <p className="muted">{t("admin.today.oldest")}</p>
                <ol className="compact-list">
                  {today.applications.oldest.map((family) => (
                    <li key={family.id}>
                      <Link to={`/applications/${family.id}`}>
                        {locale === "ar" ? family.name_ar : family.name_en}
                      </Link>{" "}
                      <span className="muted">{waitingFor(family.submitted_at, t, now)}</span>
                    </li>
                  ))}
                </ol>
              </>
            ) : null
          }
          action={<Link to="/applications">{t("admin.today.open")}</Link>}
        />
      ) : null}
      {today.listings ? (
        <Stat
          tone={today.listings.waiting > 0 ? "attention" : "neutral"}
          label={t("admin.today.listings")}
          value={today.listings.waiting}
          action={<Link to="/listings">{t("admin.today.open")}</Link>}
        />
      ) : null}
      {today.consignments ? (
        <Stat
          tone={late + due > 0 ? "attention" : "neutral"}
          label={t("admin.today.consignments")}
          value={late + due}
          detail={
            hubs.length ? (
              <ul className="compact-list">
                {hubs.map((hub) => (
                  <li key={hub.hub}>
                    <strong>{hub.hub}</strong>:{" "}
                    {t("admin.today.hub_due", { due: hub.due, late: hub.late, open: hub.open })}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t("admin.today.no_consignments")}</p>
            )
          }
          action={<Link to="/hub">{t("admin.today.open")}</Link>}
        />
      ) : null}
      {today.payout_batches ? (
        <Stat
          tone={today.payout_batches.to_approve > 0 ? "attention" : "neutral"}
          label={t("admin.today.batches")}
          value={today.payout_batches.to_approve}
          detail={
            today.payout_batches.to_approve > 0 ? (
              <p>{t("admin.today.batches_total", { amount: money(today.payout_batches.total, locale) })}</p>
            ) : null
          }
          action={<Link to="/payouts">{t("admin.today.open")}</Link>}
        />
      ) : null}
      {today.failed_jobs ? (
        <Stat
          tone={today.failed_jobs.count > 0 ? "attention" : "neutral"}
          label={t("admin.today.failed_jobs")}
          value={today.failed_jobs.count}
          action={<Link to="/jobs">{t("admin.today.open")}</Link>}
        />
      ) : null}
    </div>
  )
}

export function Component() {
  const { t } = useLocale()
  const today = useToday()
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={t("admin.today.title")} intro={t("admin.today.intro")} />
      <QueryState query={today}>{(data) => <TodayView today={data} />}</QueryState>
    </section>
  )
}
