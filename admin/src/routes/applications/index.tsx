import type { AdminFamilySummary } from "@usra/types"
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
import { waitingFor } from "../today"
import { filtersFromSearch, PAGE_SIZE, searchFromFilters, toQuery, WAITING } from "./queue"

const STATUSES = [
  "submitted",
  "under_review",
  "changes_requested",
  "approved",
  "rejected",
  "suspended",
  "draft",
]

export function ApplicationRows({ families, now }: { families: AdminFamilySummary[]; now?: Date }) {
  const { t, locale } = useLocale()
  return (
    <table className="usra-table">
      <caption className="visually-hidden">{t("admin.applications.title")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("admin.applications.name")}</th>
          <th scope="col">{t("admin.applications.governorate")}</th>
          <th scope="col">{t("admin.common.status")}</th>
          <th scope="col">{t("admin.applications.submitted")}</th>
          <th scope="col">{t("admin.applications.waiting")}</th>
        </tr>
      </thead>
      <tbody>
        {families.map((family) => (
          <tr key={family.id}>
            <td>
              <Link to={`/applications/${family.id}`}>
                {locale === "ar" ? family.name_ar : family.name_en}
              </Link>
              <div className="muted" lang={locale === "ar" ? "en" : "ar"}>
                {locale === "ar" ? family.name_en : family.name_ar}
              </div>
            </td>
            <td>{family.governorate ? t(`governorates.${family.governorate}`) : "—"}</td>
            <td>
              <FamilyStatusBadge status={family.status} />
            </td>
            <td>{date(family.submitted_at, locale)}</td>
            <td>{family.submitted_at ? waitingFor(family.submitted_at, t, now) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function Component() {
  const { t } = useLocale()
  const [search, setSearch] = useSearchParams()
  const filters = filtersFromSearch(search)
  const [text, setText] = useState(filters.q)
  const families = useFamilies(toQuery(filters))
  const update = (patch: Partial<typeof filters>) =>
    setSearch(searchFromFilters({ ...filters, offset: 0, ...patch }), { replace: true })

  return (
    <section aria-labelledby="page-title">
      <PageHeader title={t("admin.applications.title")} intro={t("admin.applications.intro")} />
      <FilterBar submitLabel={t("admin.common.search")} onSubmit={() => update({ q: text })}>
        <FamilyStatusSelect
          label={t("admin.applications.filter_status")}
          value={filters.status}
          statuses={STATUSES}
          onChange={(status) => update({ status })}
        >
          <option value={WAITING}>{t("admin.applications.waiting")}</option>
        </FamilyStatusSelect>
        <GovernorateSelect
          label={t("admin.applications.filter_governorate")}
          value={filters.governorate}
          onChange={(governorate) => update({ governorate })}
        />
        <Input
          label={t("admin.applications.search")}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </FilterBar>
      <p className="muted">{t("admin.applications.shortcuts_hint")}</p>
      <ListQueryState
        query={families}
        rows={(page) => page.families}
        emptyText={t("admin.common.empty")}
        paging={{
          limit: PAGE_SIZE,
          offset: filters.offset,
          onChange: (offset) => setSearch(searchFromFilters({ ...filters, offset })),
        }}
      >
        {(rows) => <ApplicationRows families={rows} />}
      </ListQueryState>
    </section>
  )
}
