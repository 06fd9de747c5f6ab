import { Alert, Button } from "@usra/ui"
import { useState } from "react"
import { api } from "../../api"
import { ListQueryState } from "../../components/list-query-state"
import { PageHeader } from "../../components/page-header"
import { ErrorText } from "../../components/query-state"
import { useFailedJobs, useRetryJob } from "../../hooks/api/jobs"
import { useMe } from "../../hooks/api/me"
import { dateTime } from "../../lib/format"
import { useLocale } from "../../lib/use-locale"
import { may } from "../../roles"

const PAGE = 20

export function Component() {
  const { t, locale } = useLocale()
  const me = useMe()
  const [offset, setOffset] = useState(0)
  const jobs = useFailedJobs({ limit: PAGE, offset })
  const retry = useRetryJob()
  const [done, setDone] = useState<string | null>(null)
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title={t("admin.jobs.title")}
        intro={t("admin.jobs.intro")}
        actions={
          may(me.data?.role, "queueDashboard") ? (
            <a
              className="usra-button usra-button--secondary usra-button--md"
              href={api.jobs.queueDashboardUrl()}
              target="_blank"
              rel="noreferrer"
            >
              {t("admin.jobs.dashboard")}
            </a>
          ) : null
        }
      />
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ErrorText error={retry.error} />
      <ListQueryState
        query={jobs}
        rows={(page) => page.failed_jobs}
        emptyText={t("admin.jobs.none")}
        paging={{ limit: PAGE, offset, onChange: setOffset }}
      >
        {(rows) => (
          <table className="usra-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.jobs.name")}</th>
                <th scope="col">{t("admin.jobs.error")}</th>
                <th scope="col" className="usra-num">
                  {t("admin.jobs.attempts")}
                </th>
                <th scope="col">{t("admin.jobs.failed_at")}</th>
                <th scope="col">{t("admin.common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((job) => (
                <tr key={job.id}>
                  <td>
                    <bdi>
                      {job.queue}/{job.name}
                    </bdi>
                    <div className="muted">
                      <bdi>{job.job_id}</bdi>
                    </div>
                  </td>
                  <td>
                    <code className="error-text">{job.error}</code>
                  </td>
                  <td className="usra-num">{job.attempts}</td>
                  <td>{dateTime(job.failed_at, locale)}</td>
                  <td>
                    {job.retried_at ? (
                      <span className="muted">
                        {t("admin.jobs.retried", { job: job.retry_job_id ?? "" })}
                      </span>
                    ) : (
                      <Button
                        variant="secondary"
                        busy={retry.isPending && retry.variables === job.id}
                        onClick={() =>
                          retry.mutate(job.id, { onSuccess: () => setDone(t("admin.jobs.retry_done")) })
                        }
                      >
                        {t("admin.jobs.retry")}
                      </Button>
                    )}
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
