import type { AdminConsignment } from "@usra/types"
import { Alert, Badge, Button, Checkbox, Input, Loading } from "@usra/ui"
import { type FormEvent, useRef, useState } from "react"
import { api } from "../../api"
import { ListQueryState } from "../../components/list-query-state"
import { PageHeader } from "../../components/page-header"
import { ErrorText } from "../../components/query-state"
import { ReasonDialog } from "../../components/reason-dialog"
import { ConsignmentStatusBadge } from "../../components/status-badge"
import { useConsignmentByCode, useConsignmentDecision, useConsignments } from "../../hooks/api/consignments"
import { useMe } from "../../hooks/api/me"
import { dateTime } from "../../lib/format"
import { useLocale } from "../../lib/use-locale"
import { may } from "../../roles"
import { CameraScan } from "./camera-scan"
import { allChecked, displayCode, isLate, isReceivable, normalizeCode } from "./code"

export function ConsignmentCheck({
  consignment,
  canAct,
  onDone,
}: {
  consignment: AdminConsignment
  canAct: boolean
  onDone: (message: string) => void
}) {
  const { t, locale } = useLocale()
  const [checked, setChecked] = useState<Set<string>>(new Set())
  const [rejecting, setRejecting] = useState(false)
  const [tried, setTried] = useState(false)
  const decision = useConsignmentDecision()
  const receivable = isReceivable(consignment.status)
  const complete = allChecked(consignment.items, checked)
  const late = receivable && isLate(consignment.dropoff_deadline)
  const family = consignment.family
  const code = displayCode(consignment.code)

  const toggle = (id: string, on: boolean) =>
    setChecked((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  const receive = () => {
    setTried(true)
    if (!complete) return
    decision.mutate(
      { id: consignment.id, decision: "receive", items: consignment.items.map((item) => item.line_item_id) },
      { onSuccess: () => onDone(t("admin.hub.received", { code })) },
    )
  }

  return (
    <article className="consignment" aria-labelledby="consignment-title">
      <h2 id="consignment-title">
        <span className="code">{code}</span> <ConsignmentStatusBadge status={consignment.status} />{" "}
        {late ? <Badge tone="danger">{t("admin.hub.late")}</Badge> : null}
      </h2>
      <dl className="facts">
        <dt>{t("admin.hub.family")}</dt>
        <dd>
          {family ? (
            <>
              {locale === "ar" ? family.name_ar : family.name_en}{" "}
              <span className="muted" lang={locale === "ar" ? "en" : "ar"}>
                ({locale === "ar" ? family.name_en : family.name_ar})
              </span>
            </>
          ) : (
            "—"
          )}
        </dd>
        <dt>{t("admin.hub.order")}</dt>
        <dd>#{consignment.display_id}</dd>
        <dt>{t("admin.hub.hub")}</dt>
        <dd>{consignment.hub}</dd>
        <dt>{t("admin.hub.deadline")}</dt>
        <dd>{dateTime(consignment.dropoff_deadline, locale)}</dd>
      </dl>
      <p>
        <a href={api.consignments.packingSlipUrl(consignment.id)} target="_blank" rel="noreferrer">
          {t("admin.hub.packing_slip")}
        </a>
      </p>
      {!receivable ? (
        <Alert tone="info">
          {t("admin.hub.not_receivable", { status: t(`admin.consignment_status.${consignment.status}`) })}
        </Alert>
      ) : canAct ? (
        <>
          <fieldset className="checklist">
            <legend>{t("admin.hub.items")}</legend>
            <p className="muted">{t("admin.hub.items_hint")}</p>
            {consignment.items.map((item) => (
              <Checkbox
                key={item.line_item_id}
                name="item"
                value={item.line_item_id}
                label={t("admin.hub.item_line", { quantity: item.quantity, title: item.title })}
                checked={checked.has(item.line_item_id)}
                onChange={(event) => toggle(item.line_item_id, event.target.checked)}
              />
            ))}
          </fieldset>
          {tried && !complete ? <Alert tone="error">{t("admin.hub.receive_all_checked")}</Alert> : null}
          <ErrorText error={decision.error} />
          <div className="row">
            <Button onClick={receive} busy={decision.isPending} aria-disabled={!complete || undefined}>
              {t("admin.hub.receive")}
            </Button>
            <Button variant="secondary" onClick={() => setRejecting(true)}>
              {t("admin.hub.reject")}
            </Button>
          </div>
          <ReasonDialog
            open={rejecting}
            kind="consignment-reject"
            title={t("admin.hub.reject_title", { code })}
            description={t("admin.hub.reject_note")}
            confirmLabel={t("admin.hub.reject")}
            busy={decision.isPending}
            error={<ErrorText error={decision.error} />}
            onClose={() => setRejecting(false)}
            onConfirm={(reason) =>
              decision.mutate(
                { id: consignment.id, decision: "reject", reason },
                {
                  onSuccess: () => {
                    setRejecting(false)
                    onDone(t("admin.hub.rejected", { code }))
                  },
                },
              )
            }
          />
        </>
      ) : null}
    </article>
  )
}

function Waiting({ onPick }: { onPick: (code: string) => void }) {
  const { t, locale } = useLocale()
  const waiting = useConsignments({ status: "awaiting_dropoff", limit: 20 })
  return (
    <section aria-labelledby="waiting-title">
      <h2 id="waiting-title">{t("admin.hub.waiting_list")}</h2>
      <ListQueryState query={waiting} rows={(page) => page.consignments} emptyText={t("admin.common.empty")}>
        {(rows) => (
          <table className="usra-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.hub.code")}</th>
                <th scope="col">{t("admin.hub.family")}</th>
                <th scope="col">{t("admin.hub.hub")}</th>
                <th scope="col">{t("admin.hub.deadline")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((consignment) => (
                <tr key={consignment.id}>
                  <td>
                    <Button variant="ghost" onClick={() => onPick(consignment.code)}>
                      {displayCode(consignment.code)}
                    </Button>
                  </td>
                  <td>{locale === "ar" ? consignment.family?.name_ar : consignment.family?.name_en}</td>
                  <td>{consignment.hub}</td>
                  <td>
                    {dateTime(consignment.dropoff_deadline, locale)}{" "}
                    {isLate(consignment.dropoff_deadline) ? (
                      <Badge tone="danger">{t("admin.hub.late")}</Badge>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListQueryState>
    </section>
  )
}

export function Component() {
  const { t } = useLocale()
  const me = useMe()
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useState("")
  const [code, setCode] = useState<string | null>(null)
  const [invalid, setInvalid] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const found = useConsignmentByCode(code)

  const lookUp = (value: string) => {
    const normal = normalizeCode(value)
    setInvalid(!normal)
    setDone(null)
    setCode(normal)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    lookUp(text)
  }
  const another = () => {
    setText("")
    setCode(null)
    setDone(null)
    input.current?.focus()
  }

  return (
    <section aria-labelledby="page-title">
      <PageHeader title={t("admin.hub.title")} intro={t("admin.hub.intro")} />
      <form className="filters code-form" onSubmit={submit}>
        <Input
          ref={input}
          label={t("admin.hub.code")}
          hint={t("admin.hub.code_hint")}
          name="code"
          value={text}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus
          error={invalid ? t("admin.hub.bad_code") : null}
          onChange={(event) => setText(event.target.value)}
        />
        <Button type="submit">{t("admin.hub.find")}</Button>
      </form>
      <CameraScan
        onCode={(scanned) => {
          setText(displayCode(scanned))
          lookUp(scanned)
        }}
      />
      {done ? (
        <Alert tone="success">
          <p>{done}</p>
          <Button variant="secondary" onClick={another}>
            {t("admin.hub.another")}
          </Button>
        </Alert>
      ) : null}
      {code && !done ? (
        found.isPending ? (
          <Loading label={t("admin.common.loading")} />
        ) : found.isError ? (
          <ErrorText error={found.error} />
        ) : found.data ? (
          <ConsignmentCheck
            key={found.data.id}
            consignment={found.data}
            canAct={may(me.data?.role, "receiveConsignment")}
            onDone={setDone}
          />
        ) : (
          <Alert tone="error">{t("admin.hub.not_found", { code: displayCode(code) })}</Alert>
        )
      ) : null}
      <Waiting
        onPick={(picked) => {
          setText(displayCode(picked))
          lookUp(picked)
        }}
      />
    </section>
  )
}
