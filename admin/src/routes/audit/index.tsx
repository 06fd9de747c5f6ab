import type { AdminAuditQuery } from "@usra/types"
import { Badge, Input } from "@usra/ui"
import { useState } from "react"
import { DateRangeFields } from "../../components/date-range-fields"
import { FilterBar } from "../../components/filter-bar"
import { ListQueryState } from "../../components/list-query-state"
import { PageHeader } from "../../components/page-header"
import { useAuditLog } from "../../hooks/api/audit"
import { dateTime } from "../../lib/format"
import { useLocale } from "../../lib/use-locale"
import { diffLines } from "./diff"

const PAGE = 25

export function Component() {
  const { t, locale } = useLocale()
  const [form, setForm] = useState({ actor: "", entity: "", from: "", to: "" })
  const [query, setQuery] = useState<AdminAuditQuery>({ limit: PAGE, offset: 0 })
  const log = useAuditLog(query)
  const submit = () =>
    setQuery({
      actor: form.actor.trim() || undefined,
      entity: form.entity.trim() || undefined,
      from: form.from || undefined,
      to: form.to || undefined,
      limit: PAGE,
      offset: 0,
    })
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={t("admin.audit.title")} intro={t("admin.audit.intro")} />
      <FilterBar submitLabel={t("admin.common.filter")} onSubmit={submit}>
        <Input
          label={t("admin.audit.actor")}
          value={form.actor}
          onChange={(event) => setForm({ ...form, actor: event.target.value })}
        />
        <Input
          label={t("admin.audit.entity")}
          value={form.entity}
          onChange={(event) => setForm({ ...form, entity: event.target.value })}
        />
        <DateRangeFields value={form} onChange={(range) => setForm({ ...form, ...range })} />
      </FilterBar>
      <ListQueryState
        query={log}
        rows={(page) => page.audit_entries}
        emptyText={t("admin.common.empty")}
        paging={{
          limit: PAGE,
          offset: query.offset ?? 0,
          onChange: (offset) => setQuery({ ...query, offset }),
        }}
      >
        {(rows) => (
          <table className="usra-table audit">
            <thead>
              <tr>
                <th scope="col">{t("admin.audit.when")}</th>
                <th scope="col">{t("admin.audit.actor")}</th>
                <th scope="col">{t("admin.audit.action")}</th>
                <th scope="col">{t("admin.audit.result")}</th>
                <th scope="col">{t("admin.common.details")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((entry) => (
                <tr key={entry.id}>
                  <td>{dateTime(entry.created_at, locale)}</td>
                  <td>
                    <bdi>{entry.actor_email ?? entry.actor_id ?? "—"}</bdi>
                    {entry.actor_role ? (
                      <div className="muted">{t(`admin.roles.${entry.actor_role}`)}</div>
                    ) : null}
                  </td>
                  <td>
                    <code>{entry.action}</code>
                    {entry.entity_id ? (
                      <div className="muted">
                        <bdi>{entry.entity_id}</bdi>
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <Badge tone={entry.status_code < 400 ? "success" : "danger"}>{entry.status_code}</Badge>
                  </td>
                  <td>
                    <details>
                      <summary>{t("admin.audit.show")}</summary>
                      <table className="usra-table diff">
                        <thead>
                          <tr>
                            <th scope="col">{t("admin.audit.entity")}</th>
                            <th scope="col">{t("admin.audit.before")}</th>
                            <th scope="col">{t("admin.audit.after")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {diffLines(entry.before, entry.after).map((line) => (
                            <tr key={line.field} className={line.changed ? "changed" : undefined}>
                              <th scope="row">{line.field}</th>
                              <td>
                                <bdi>{line.before}</bdi>
                              </td>
                              <td>
                                <bdi>{line.after}</bdi>
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                      {entry.body ? (
                        <>
                          <p className="muted">{t("admin.audit.request")}</p>
                          <pre dir="ltr">{JSON.stringify(entry.body, null, 2)}</pre>
                        </>
                      ) : null}
                    </details>
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
