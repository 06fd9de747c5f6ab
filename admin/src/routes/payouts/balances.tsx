import { Alert, Button } from "@usra/ui"
import { useState } from "react"
import { ListQueryState } from "../../components/list-query-state"
import { ErrorText, QueryState } from "../../components/query-state"
import {
  useBalances,
  usePayoutPreview,
  usePayoutRuns,
  usePayouts,
  useStartPayoutRun,
} from "../../hooks/api/payouts"
import { dateTime, money } from "../../lib/format"
import { useLocale } from "../../lib/use-locale"

export function Balances({ canAct }: { canAct: boolean }) {
  const { t, locale } = useLocale()
  const [offset, setOffset] = useState(0)
  const balances = useBalances({ limit: 20, offset })
  const preview = usePayoutPreview()
  const runs = usePayoutRuns()
  const start = useStartPayoutRun()
  const [started, setStarted] = useState(false)
  return (
    <>
      <section aria-labelledby="preview-title" className="panel">
        <h2 id="preview-title">{t("admin.payouts.preview")}</h2>
        <QueryState query={preview}>
          {(data) => (
            <>
              <p>
                <strong>
                  {t("admin.payouts.preview_line", {
                    count: data.payout_count,
                    amount: money(data.total_amount, locale),
                  })}
                </strong>{" "}
                <span className="muted">
                  ({t("admin.payouts.threshold")}: {money(data.threshold, locale)})
                </span>
              </p>
              <p className="muted">
                {t("admin.payouts.preview_skipped", {
                  no_account: data.skipped_without_account,
                  waiting: data.skipped_unresolved,
                })}
              </p>
              {data.families.length ? (
                <table className="usra-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("admin.payouts.family")}</th>
                      <th scope="col" className="usra-num">
                        {t("admin.payouts.balance")}
                      </th>
                      <th scope="col">{t("admin.common.status")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.families.map((row) => (
                      <tr key={row.family_id}>
                        <td>
                          {(locale === "ar" ? row.family_name_ar : row.family_name_en) ?? row.family_id}
                        </td>
                        <td className="usra-num">{money(row.balance, locale)}</td>
                        <td>{t(`admin.payouts.${row.status}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </>
          )}
        </QueryState>
        {canAct ? (
          <>
            {started ? <Alert tone="success">{t("admin.payouts.run_started")}</Alert> : null}
            <ErrorText error={start.error} />
            <Button
              busy={start.isPending}
              onClick={() => start.mutate(undefined, { onSuccess: () => setStarted(true) })}
            >
              {t("admin.payouts.start_run")}
            </Button>
          </>
        ) : null}
        <QueryState query={runs}>
          {(page) =>
            page.payout_runs.length ? (
              <table className="usra-table">
                <caption>{t("admin.payouts.runs")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("admin.audit.when")}</th>
                    <th scope="col">{t("admin.common.status")}</th>
                    <th scope="col" className="usra-num">
                      {t("admin.payouts.count")}
                    </th>
                    <th scope="col" className="usra-num">
                      {t("admin.payouts.total")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.payout_runs.map((run) => (
                    <tr key={run.id}>
                      <td>{dateTime(run.created_at, locale)}</td>
                      <td>{run.status}</td>
                      <td className="usra-num">{run.payout_count}</td>
                      <td className="usra-num">{money(run.total_amount, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null
          }
        </QueryState>
      </section>
      <section aria-labelledby="balances-title">
        <h2 id="balances-title">{t("admin.payouts.balances")}</h2>
        <ListQueryState
          query={balances}
          rows={(page) => page.balances}
          paging={{ limit: 20, offset, onChange: setOffset }}
        >
          {(rows) => (
            <table className="usra-table">
              <thead>
                <tr>
                  <th scope="col">{t("admin.payouts.family")}</th>
                  <th scope="col" className="usra-num">
                    {t("admin.payouts.balance")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.family_id}>
                    <td>{(locale === "ar" ? row.family_name_ar : row.family_name_en) ?? row.family_id}</td>
                    <td className="usra-num">{money(row.balance, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </ListQueryState>
      </section>
    </>
  )
}

export function FailedPayouts() {
  const { t, locale } = useLocale()
  const failed = usePayouts("failed", { limit: 50, offset: 0 })
  return (
    <section aria-labelledby="failed-title">
      <h2 id="failed-title">{t("admin.payouts.failed")}</h2>
      <ListQueryState query={failed} rows={(page) => page.payouts} emptyText={t("admin.payouts.none_failed")}>
        {(rows) => (
          <table className="usra-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.payouts.destination")}</th>
                <th scope="col" className="usra-num">
                  {t("admin.payouts.total")}
                </th>
                <th scope="col">{t("admin.payouts.failure_reason")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((payout) => (
                <tr key={payout.id}>
                  <td>
                    <bdi>{payout.id}</bdi>
                  </td>
                  <td className="usra-num">{money(payout.amount, locale)}</td>
                  <td>{payout.failure_reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListQueryState>
    </section>
  )
}
