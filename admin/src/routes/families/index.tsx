import { Input } from "@usra/ui"
import { useState } from "react"
import { Link, useSearchParams } from "react-router"
import { FamilyStatusSelect, GovernorateSelect } from "../../components/family-filter-selects"
import { FilterBar } from "../../components/filter-bar"
import { ListQueryState } from "../../components/list-query-state"
import { PageHeader } from "../../components/page-header"
import { FamilyStatusBadge } from "../../components/status-badge"
import { useFamilies } from "../../hooks/api/families"
import { date } from "../../lib/format"
import { useLocale } from "../../lib/use-locale"

const STATUSES = [
  "approved",
  "suspended",
  "submitted",
  "under_review",
  "changes_requested",
  "rejected",
  "draft",
]
const PAGE = 20

export function Component() {
  const { t, locale } = useLocale()
  const [search, setSearch] = useSearchParams()
  const status = search.get("status") ?? ""
  const governorate = search.get("governorate") ?? ""
  const q = search.get("q") ?? ""
  const offset = Number(search.get("offset") ?? 0) || 0
  const [text, setText] = useState(q)
  const families = useFamilies({
    status: (status || undefined) as never,
    governorate: governorate || undefined,
    q: q || undefined,
    order: "-created_at",
    limit: PAGE,
    offset,
  })
  const update = (patch: Record<string, string>) => {
    const next = new URLSearchParams(search)
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    if (!("offset" in patch)) next.delete("offset")
    setSearch(next, { replace: true })
  }
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={t("admin.families.title")} intro={t("admin.families.intro")} />
      <FilterBar submitLabel={t("admin.common.search")} onSubmit={() => update({ q: text.trim() })}>
        <FamilyStatusSelect
          label={t("admin.families.status")}
          value={status}
          statuses={STATUSES}
          onChange={(value) => update({ status: value })}
        >
          <option value="">{t("admin.common.all")}</option>
        </FamilyStatusSelect>
        <GovernorateSelect
          label={t("admin.families.governorate")}
          value={governorate}
          onChange={(value) => update({ governorate: value })}
        />
        <Input
          label={t("admin.families.search")}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </FilterBar>
      <ListQueryState
        query={families}
        rows={(page) => page.families}
        emptyText={t("admin.common.empty")}
        paging={{ limit: PAGE, offset, onChange: (value) => update({ offset: String(value) }) }}
      >
        {(rows) => (
          <table className="usra-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.applications.name")}</th>
                <th scope="col">{t("admin.families.governorate")}</th>
                <th scope="col">{t("admin.common.status")}</th>
                <th scope="col">{t("admin.applications.centre")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((family) => (
                <tr key={family.id}>
                  <td>
                    <Link to={`/families/${family.id}`}>
                      {locale === "ar" ? family.name_ar : family.name_en}
                    </Link>
                    {family.approved_at ? (
                      <div className="muted">
                        {t("admin.families.approved", { date: date(family.approved_at, locale) })}
                      </div>
                    ) : null}
                  </td>
                  <td>{family.governorate ? t(`governorates.${family.governorate}`) : "—"}</td>
                  <td>
                    <FamilyStatusBadge status={family.status} />
                  </td>
                  <td>{family.community_centre ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListQueryState>
    </section>
  )
}
