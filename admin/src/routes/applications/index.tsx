import type { AdminFamilySummary } from "@usra/types"
import { Button, Input, Select } from "@usra/ui"
import { type FormEvent, useState } from "react"
import { Link, useSearchParams } from "react-router"
import { PageHeader } from "../../components/page-header"
import { PageNavigation } from "../../components/page-navigation"
import { QueryState } from "../../components/query-state"
import { FamilyStatusBadge } from "../../components/status-badge"
import { useFamilies } from "../../hooks/api/families"
import { date } from "../../lib/format"
import { useGovernorates } from "../../lib/governorates"
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
  const governorates = useGovernorates()
  const [search, setSearch] = useSearchParams()
  const filters = filtersFromSearch(search)
  const [text, setText] = useState(filters.q)
  const families = useFamilies(toQuery(filters))
  const update = (patch: Partial<typeof filters>) =>
    setSearch(searchFromFilters({ ...filters, offset: 0, ...patch }), { replace: true })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    update({ q: text })
  }

  return (
    <section aria-labelledby="page-title">
      <PageHeader title={t("admin.applications.title")} intro={t("admin.applications.intro")} />
      <form className="filters" onSubmit={submit}>
        <Select
          label={t("admin.applications.filter_status")}
          value={filters.status}
          onChange={(event) => update({ status: event.target.value })}
        >
          <option value={WAITING}>{t("admin.applications.waiting")}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`family_status.${status}`)}
            </option>
          ))}
        </Select>
        <Select
          label={t("admin.applications.filter_governorate")}
          value={filters.governorate}
          onChange={(event) => update({ governorate: event.target.value })}
        >
          <option value="">{t("admin.common.all")}</option>
          {governorates.map((governorate) => (
            <option key={governorate} value={governorate}>
              {t(`governorates.${governorate}`)}
            </option>
          ))}
        </Select>
        <Input
          label={t("admin.applications.search")}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t("admin.common.search")}
        </Button>
      </form>
      <p className="muted">{t("admin.applications.shortcuts_hint")}</p>
      <QueryState query={families}>
        {(page) =>
          page.families.length === 0 ? (
            <p>{t("admin.common.empty")}</p>
          ) : (
            <>
              <ApplicationRows families={page.families} />
              <PageNavigation
                count={page.count}
                limit={PAGE_SIZE}
                offset={filters.offset}
                onChange={(offset) => setSearch(searchFromFilters({ ...filters, offset }))}
              />
            </>
          )
        }
      </QueryState>
    </section>
  )
}
