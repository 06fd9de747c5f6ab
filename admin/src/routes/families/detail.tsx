import { Alert, Select } from "@usra/ui"
import { useState } from "react"
import { Link, useParams } from "react-router"
import { api } from "../../api"
import { PageHeader } from "../../components/page-header"
import { QueryState } from "../../components/query-state"
import { FamilyStatusBadge } from "../../components/status-badge"
import { useFamily } from "../../hooks/api/families"
import { useMe } from "../../hooks/api/me"
import { useLocale } from "../../lib/use-locale"
import { may } from "../../roles"
import { DecisionPanel } from "../applications/detail"
import { BilingualProfile, Facts, HistorySection, SensitiveFacts } from "../applications/profile"

export function Component() {
  const { id } = useParams()
  const { t, locale } = useLocale()
  const me = useMe()
  const role = me.data?.role
  const family = useFamily(id)
  const thisYear = new Date().getFullYear()
  const [year, setYear] = useState(thisYear)
  return (
    <QueryState query={family}>
      {(data) => (
        <article aria-labelledby="page-title">
          <PageHeader
            title={locale === "ar" ? data.name_ar : data.name_en}
            intro={<FamilyStatusBadge status={data.status} />}
            actions={<Link to="/families">{t("admin.common.back")}</Link>}
          />
          <div className="two-columns">
            <div className="stack">
              <section aria-labelledby="profile-title">
                <h2 id="profile-title">{t("admin.families.profile")}</h2>
                <BilingualProfile family={data} />
                <Facts family={data} />
              </section>
              {may(role, "seeSensitive") ? (
                <SensitiveFacts family={data} />
              ) : (
                <Alert tone="info">{t("admin.families.sensitive_hidden")}</Alert>
              )}
            </div>
            <div className="stack">
              {["approved", "suspended"].includes(data.status) && may(role, "suspendFamily") ? (
                <DecisionPanel family={data} canDecide shortcuts={false} />
              ) : null}
              {may(role, "incomeStatement") ? (
                <section aria-labelledby="income-title" className="panel">
                  <h2 id="income-title">{t("admin.families.income_statement")}</h2>
                  <Select
                    label={t("admin.families.income_year")}
                    value={String(year)}
                    onChange={(event) => setYear(Number(event.target.value))}
                  >
                    {[thisYear, thisYear - 1, thisYear - 2].map((entry) => (
                      <option key={entry} value={entry}>
                        {entry}
                      </option>
                    ))}
                  </Select>
                  <a
                    className="usra-button usra-button--secondary usra-button--md"
                    href={api.families.incomeStatementUrl(data.id, year)}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {t("admin.common.open_pdf")}
                  </a>
                </section>
              ) : null}
              <HistorySection family={data} />
            </div>
          </div>
        </article>
      )}
    </QueryState>
  )
}
