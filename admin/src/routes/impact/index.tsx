import type { AdminImpact, ImpactGroup } from "@usra/types"
import { Select } from "@usra/ui"
import { useState } from "react"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { api } from "../../api"
import { DateRangeFields } from "../../components/date-range-fields"
import { FilterBar } from "../../components/filter-bar"
import { PageHeader } from "../../components/page-header"
import { QueryState } from "../../components/query-state"
import { useImpact } from "../../hooks/api/impact"
import { ammanToday, money, number } from "../../lib/format"
import { useLocale } from "../../lib/use-locale"
import { chartRows, defaultRange, groupLabel } from "./labels"

const GROUPS: ImpactGroup[] = ["governorate", "gender", "disability", "age_band", "month"]

function ImpactTable({ impact }: { impact: AdminImpact }) {
  const { t, locale } = useLocale()
  const label = (key: string) => groupLabel(impact.group_by, key, t, locale)
  const rows = [
    ...impact.groups.map((row) => ({ ...row, label: label(row.key) })),
    { ...impact.totals, label: t("admin.impact.totals") },
  ]
  const percent = (value: number | null) =>
    value === null ? "—" : number(value, locale, { style: "percent", maximumFractionDigits: 1 })
  return (
    <table className="usra-table impact-table">
      <caption>{t("admin.impact.table")}</caption>
      <thead>
        <tr>
          <th scope="col">{t(`admin.impact.group.${impact.group_by}`)}</th>
          <th scope="col" className="usra-num">
            {t("admin.impact.families_active")}
          </th>
          <th scope="col" className="usra-num">
            {t("admin.impact.families_approved")}
          </th>
          <th scope="col" className="usra-num">
            {t("admin.impact.orders")}
          </th>
          <th scope="col" className="usra-num">
            {t("admin.impact.sales")}
          </th>
          <th scope="col" className="usra-num">
            {t("admin.impact.income_paid")}
          </th>
          <th scope="col" className="usra-num">
            {t("admin.impact.median_income")}
          </th>
          <th scope="col" className="usra-num">
            {t("admin.impact.median_days")}
          </th>
          <th scope="col" className="usra-num">
            {t("admin.impact.on_time")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="usra-num">{row.families_active}</td>
            <td className="usra-num">{row.families_approved}</td>
            <td className="usra-num">{row.orders}</td>
            <td className="usra-num">{money(row.sales_fils, locale)}</td>
            <td className="usra-num">{money(row.income_paid_fils, locale)}</td>
            <td className="usra-num">
              {row.median_monthly_income_fils === null ? "—" : money(row.median_monthly_income_fils, locale)}
            </td>
            <td className="usra-num">{row.median_days_to_approval ?? "—"}</td>
            <td className="usra-num">{percent(row.on_time_rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Charts({ impact }: { impact: AdminImpact }) {
  const { t, locale } = useLocale()
  const data = chartRows(impact.groups, (key) => groupLabel(impact.group_by, key, t, locale))
  const rtl = locale === "ar"
  return (
    <div className="charts" aria-hidden="true">
      <figure>
        <figcaption>{t("admin.impact.chart_sales")}</figcaption>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 8, right: 8, left: 8, bottom: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" reversed={rtl} interval={0} tick={{ fontSize: 11 }} />
            <YAxis orientation={rtl ? "right" : "left"} />
            <Tooltip />
            <Legend />
            <Bar
              dataKey="sales"
              name={`${t("admin.impact.sales")} (${t("admin.common.jod")})`}
              fill="#a4471f"
            />
            <Bar
              dataKey="income"
              name={`${t("admin.impact.income_paid")} (${t("admin.common.jod")})`}
              fill="#4d5f1f"
            />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure>
        <figcaption>{t("admin.impact.chart_active")}</figcaption>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 8, right: 8, left: 8, bottom: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" reversed={rtl} interval={0} tick={{ fontSize: 11 }} />
            <YAxis orientation={rtl ? "right" : "left"} allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="active" name={t("admin.impact.families_active")} fill="#1a5fb4" />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  )
}

export function Component() {
  const { t } = useLocale()
  const initial = defaultRange(ammanToday())
  const [form, setForm] = useState({ ...initial, group_by: "governorate" as ImpactGroup })
  const [query, setQuery] = useState(form)
  const impact = useImpact(query)
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title={t("admin.impact.title")}
        intro={t("admin.impact.intro")}
        actions={
          <a
            className="usra-button usra-button--secondary usra-button--md"
            href={api.impact.csvUrl(query)}
            download
          >
            {t("admin.impact.export")}
          </a>
        }
      />
      <FilterBar submitLabel={t("admin.common.apply")} onSubmit={() => setQuery(form)}>
        <Select
          label={t("admin.impact.group_by")}
          value={form.group_by}
          onChange={(event) => {
            const next = { ...form, group_by: event.target.value as ImpactGroup }
            setForm(next)
            setQuery(next)
          }}
        >
          {GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`admin.impact.group.${group}`)}
            </option>
          ))}
        </Select>
        <DateRangeFields value={form} onChange={(range) => setForm({ ...form, ...range })} />
      </FilterBar>
      <QueryState query={impact}>
        {(data) => (
          <>
            <Charts impact={data} />
            <ImpactTable impact={data} />
          </>
        )}
      </QueryState>
    </section>
  )
}
