import { Alert, Button, Dialog, Input } from "@usra/ui"
import { useState } from "react"
import { api } from "../../api"
import { ListQueryState } from "../../components/list-query-state"
import { ErrorText, QueryState } from "../../components/query-state"
import { ReasonDialog } from "../../components/reason-dialog"
import { BatchStatusBadge, PayoutStatusBadge } from "../../components/status-badge"
import { useBatchAction, useFailPayout, usePayoutBatch, usePayoutBatches } from "../../hooks/api/payouts"
import { dateTime, money } from "../../lib/format"
import { reasonError } from "../../lib/reason-templates"
import { useLocale } from "../../lib/use-locale"
import { batchActions, destinationText } from "./logic"

function BatchDetail({ id, canAct }: { id: string; canAct: boolean }) {
  const { t, locale } = useLocale()
  const batch = usePayoutBatch(id)
  const action = useBatchAction()
  const fail = useFailPayout()
  const [paying, setPaying] = useState(false)
  const [reference, setReference] = useState("")
  const [tried, setTried] = useState(false)
  const [failing, setFailing] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  return (
    <QueryState query={batch}>
      {(data) => {
        const allowed = batchActions(data)
        return (
          <section aria-labelledby="batch-title" className="panel">
            <h3 id="batch-title">
              {t("admin.payouts.batch")} <bdi>{data.id}</bdi> <BatchStatusBadge status={data.status} />
            </h3>
            <p>
              {t("admin.payouts.count")}: {data.count} · {t("admin.payouts.total")}:{" "}
              {money(data.total, locale)}
              {data.bank_reference ? ` · ${t("admin.payouts.bank_reference")}: ${data.bank_reference}` : ""}
            </p>
            {done ? <Alert tone="success">{done}</Alert> : null}
            <ErrorText error={action.error} />
            {canAct ? (
              <div className="row">
                {allowed.approve ? (
                  <Button
                    busy={action.isPending}
                    onClick={() =>
                      action.mutate(
                        { id: data.id, action: "approve" },
                        { onSuccess: () => setDone(t("admin.payouts.approved")) },
                      )
                    }
                  >
                    {t("admin.payouts.approve")}
                  </Button>
                ) : null}
                {allowed.file ? (
                  <a
                    className="usra-button usra-button--secondary usra-button--md"
                    href={api.payouts.batchFileUrl(data.id)}
                    download
                  >
                    {t("admin.payouts.file")}
                  </a>
                ) : null}
                {allowed.markPaid ? (
                  <Button onClick={() => setPaying(true)}>{t("admin.payouts.mark_paid")}</Button>
                ) : null}
              </div>
            ) : null}
            {allowed.approve ? <p className="muted">{t("admin.payouts.approve_note")}</p> : null}
            <table className="usra-table">
              <caption>{t("admin.payouts.payouts")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin.payouts.destination")}</th>
                  <th scope="col" className="usra-num">
                    {t("admin.payouts.total")}
                  </th>
                  <th scope="col">{t("admin.common.status")}</th>
                  {canAct && data.status === "approved" ? (
                    <th scope="col">{t("admin.common.actions")}</th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {(data.payouts ?? []).map((payout) => (
                  <tr key={payout.id}>
                    <td>
                      <bdi>{destinationText(payout.destination)}</bdi>
                      <div className="muted">
                        <bdi>{payout.id}</bdi>
                      </div>
                      {payout.failure_reason ? <div>{payout.failure_reason}</div> : null}
                    </td>
                    <td className="usra-num">{money(payout.amount, locale)}</td>
                    <td>
                      <PayoutStatusBadge status={payout.status} />
                    </td>
                    {canAct && data.status === "approved" ? (
                      <td>
                        {payout.status === "approved" ? (
                          <Button variant="ghost" onClick={() => setFailing(payout.id)}>
                            {t("admin.payouts.fail")}
                          </Button>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
            <Dialog
              open={paying}
              title={t("admin.payouts.mark_paid_title", { batch: data.id })}
              onClose={() => setPaying(false)}
              closeLabel={t("admin.common.close")}
            >
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault()
                  setTried(true)
                  if (reasonError(reference)) return
                  action.mutate(
                    { id: data.id, action: "mark-paid", bankReference: reference.trim() },
                    {
                      onSuccess: () => {
                        setPaying(false)
                        setDone(t("admin.payouts.paid"))
                      },
                    },
                  )
                }}
              >
                <Input
                  label={t("admin.payouts.bank_reference")}
                  hint={t("admin.payouts.bank_reference_hint")}
                  name="bank_reference"
                  value={reference}
                  required
                  minLength={3}
                  error={tried && reasonError(reference) ? t("admin.common.reason_required") : null}
                  onChange={(event) => setReference(event.target.value)}
                />
                <ErrorText error={action.error} />
                <div className="row">
                  <Button type="submit" busy={action.isPending}>
                    {t("admin.payouts.mark_paid")}
                  </Button>
                  <Button variant="secondary" onClick={() => setPaying(false)}>
                    {t("admin.common.cancel")}
                  </Button>
                </div>
              </form>
            </Dialog>
            <ReasonDialog
              open={failing !== null}
              kind="payout-fail"
              title={t("admin.payouts.fail_title", { payout: failing ?? "" })}
              description={t("admin.payouts.fail_note")}
              confirmLabel={t("admin.payouts.fail")}
              busy={fail.isPending}
              error={<ErrorText error={fail.error} />}
              onClose={() => setFailing(null)}
              onConfirm={(reason) =>
                failing && fail.mutate({ id: failing, reason }, { onSuccess: () => setFailing(null) })
              }
            />
          </section>
        )
      }}
    </QueryState>
  )
}

export function Batches({ canAct }: { canAct: boolean }) {
  const { t, locale } = useLocale()
  const batches = usePayoutBatches(undefined, { limit: 20, offset: 0 })
  const [selected, setSelected] = useState<string | null>(null)
  return (
    <section aria-labelledby="batches-title">
      <h2 id="batches-title">{t("admin.payouts.batches")}</h2>
      <ListQueryState
        query={batches}
        rows={(page) => page.payout_batches}
        emptyText={t("admin.common.empty")}
      >
        {(rows) => {
          const current = selected ?? rows.find((batch) => batch.status !== "paid")?.id ?? null
          return (
            <>
              <table className="usra-table">
                <thead>
                  <tr>
                    <th scope="col">{t("admin.payouts.batch")}</th>
                    <th scope="col">{t("admin.common.status")}</th>
                    <th scope="col" className="usra-num">
                      {t("admin.payouts.count")}
                    </th>
                    <th scope="col" className="usra-num">
                      {t("admin.payouts.total")}
                    </th>
                    <th scope="col">{t("admin.audit.when")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((batch) => (
                    <tr key={batch.id} aria-current={batch.id === current ? "true" : undefined}>
                      <td>
                        <Button variant="ghost" onClick={() => setSelected(batch.id)} data-batch={batch.id}>
                          <bdi>{batch.id}</bdi>
                        </Button>
                      </td>
                      <td>
                        <BatchStatusBadge status={batch.status} />
                      </td>
                      <td className="usra-num">{batch.count}</td>
                      <td className="usra-num">{money(batch.total, locale)}</td>
                      <td>{dateTime(batch.created_at, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {current ? <BatchDetail key={current} id={current} canAct={canAct} /> : null}
            </>
          )
        }}
      </ListQueryState>
    </section>
  )
}
