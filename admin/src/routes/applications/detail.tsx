import type { AdminFamily } from "@usra/types"
import { Alert, Button, Dialog } from "@usra/ui"
import { useEffect, useState } from "react"
import { Link, useNavigate, useParams } from "react-router"
import { PageHeader } from "../../components/page-header"
import { ErrorText, QueryState } from "../../components/query-state"
import { ReasonDialog } from "../../components/reason-dialog"
import { FamilyStatusBadge } from "../../components/status-badge"
import { useFamilies, useFamily, useFamilyDecision } from "../../hooks/api/families"
import { useMe } from "../../hooks/api/me"
import { type Decision, decisionsFor, REASON_REQUIRED } from "../../lib/family-decisions"
import { useLocale } from "../../lib/use-locale"
import { may } from "../../roles"
import { BilingualProfile, Documents, Facts, HistorySection, SensitiveFacts } from "./profile"
import { DEFAULT_FILTERS, neighbours, shortcutFor, toQuery } from "./queue"

const DECISION_LABEL: Record<Decision, string> = {
  approve: "admin.applications.approve",
  "request-changes": "admin.applications.request_changes",
  reject: "admin.applications.reject",
  "start-review": "admin.applications.start_review",
  suspend: "admin.applications.suspend",
  reinstate: "admin.applications.reinstate",
}

export function DecisionPanel({
  family,
  canDecide,
  onDecided,
  shortcuts = true,
  onNavigate,
}: {
  family: AdminFamily
  canDecide: boolean
  onDecided?: (family: AdminFamily) => void
  shortcuts?: boolean
  onNavigate?: (direction: "next" | "previous") => void
}) {
  const { t, locale } = useLocale()
  const [open, setOpen] = useState<Decision | null>(null)
  const [help, setHelp] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const decide = useFamilyDecision(family)
  const allowed = canDecide ? decisionsFor(family.status) : []

  useEffect(() => {
    if (!shortcuts) return
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event)
      if (!action) return
      if (action === "help") setHelp((value) => !value)
      else if (action === "next" || action === "previous") onNavigate?.(action)
      else if (allowed.includes(action)) setOpen(action)
      else return
      event.preventDefault()
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [allowed, shortcuts, onNavigate])

  const name = locale === "ar" ? family.name_ar : family.name_en
  const run = (decision: Decision, reason?: string) =>
    decide.mutate(
      { decision, reason },
      {
        onSuccess: (updated) => {
          setOpen(null)
          setDone(t("admin.applications.decided", { status: t(`family_status.${updated.status}`) }))
          onDecided?.(updated)
        },
      },
    )

  return (
    <section aria-labelledby="decide-title" className="decision-panel">
      <h2 id="decide-title">{t("admin.applications.decide")}</h2>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {allowed.length === 0 ? (
        <p className="muted">
          {t("admin.applications.not_decidable", { status: t(`family_status.${family.status}`) })}
        </p>
      ) : (
        <div className="row">
          {allowed.map((decision) => (
            <Button
              key={decision}
              variant={decision === "approve" || decision === "reinstate" ? "primary" : "secondary"}
              onClick={() => {
                setDone(null)
                setOpen(decision)
              }}
              aria-keyshortcuts={
                { approve: "A", "request-changes": "C", reject: "R", "start-review": "S" }[decision as string]
              }
              data-decision={decision}
            >
              {t(DECISION_LABEL[decision])}
            </Button>
          ))}
        </div>
      )}
      {open && open !== "start-review" ? (
        <ReasonDialog
          open
          kind={open}
          title={t("admin.applications.confirm_title", { action: t(DECISION_LABEL[open]), family: name })}
          description={open === "suspend" ? t("admin.families.suspend_note") : undefined}
          confirmLabel={t(DECISION_LABEL[open])}
          optional={!REASON_REQUIRED.includes(open)}
          busy={decide.isPending}
          error={<ErrorText error={decide.error} />}
          onConfirm={(reason) => run(open, reason)}
          onClose={() => setOpen(null)}
        />
      ) : null}
      <Dialog
        open={open === "start-review"}
        title={t("admin.applications.confirm_title", {
          action: t(DECISION_LABEL["start-review"]),
          family: name,
        })}
        onClose={() => setOpen(null)}
        closeLabel={t("admin.common.close")}
      >
        <ErrorText error={decide.error} />
        <div className="row">
          <Button busy={decide.isPending} onClick={() => run("start-review")}>
            {t(DECISION_LABEL["start-review"])}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(null)}>
            {t("admin.common.cancel")}
          </Button>
        </div>
      </Dialog>
      <Dialog
        open={help}
        title={t("admin.applications.shortcuts_title")}
        onClose={() => setHelp(false)}
        closeLabel={t("admin.common.close")}
      >
        <ul className="compact-list">
          {[
            "shortcut_approve",
            "shortcut_changes",
            "shortcut_reject",
            "shortcut_start",
            "shortcut_next",
            "shortcut_help",
          ].map((key) => (
            <li key={key}>
              <kbd>{t(`admin.applications.${key}`).split(":")[0]}</kbd>
              {t(`admin.applications.${key}`).slice(t(`admin.applications.${key}`).indexOf(":"))}
            </li>
          ))}
        </ul>
      </Dialog>
    </section>
  )
}

export function Component() {
  const { id } = useParams()
  const { t, locale } = useLocale()
  const navigate = useNavigate()
  const me = useMe()
  const family = useFamily(id)
  const queue = useFamilies(toQuery(DEFAULT_FILTERS, 100))
  const ids = queue.data?.families.map((entry) => entry.id) ?? []
  const around = neighbours(ids, id ?? "")
  const go = (direction: "next" | "previous") => {
    const target = direction === "next" ? around.next : around.previous
    if (target) navigate(`/applications/${target}`)
  }

  return (
    <QueryState query={family}>
      {(data) => (
        <article aria-labelledby="page-title" className="application">
          <PageHeader
            title={locale === "ar" ? data.name_ar : data.name_en}
            intro={<FamilyStatusBadge status={data.status} />}
            actions={
              <nav className="row" aria-label={t("admin.applications.title")}>
                <Link to="/applications">{t("admin.common.back")}</Link>
                {around.position > 0 ? (
                  <span className="muted">
                    {t("admin.applications.queue_position", { position: around.position, count: ids.length })}
                  </span>
                ) : null}
                <Button
                  variant="secondary"
                  disabled={!around.previous}
                  onClick={() => go("previous")}
                  aria-keyshortcuts="K"
                >
                  {t("admin.applications.previous_application")}
                </Button>
                <Button
                  variant="secondary"
                  disabled={!around.next}
                  onClick={() => go("next")}
                  aria-keyshortcuts="J"
                >
                  {t("admin.applications.next_application")}
                </Button>
              </nav>
            }
          />
          <div className="two-columns">
            <div className="stack">
              <section aria-labelledby="profile-title">
                <h2 id="profile-title">{t("admin.applications.profile")}</h2>
                <BilingualProfile family={data} />
                <Facts family={data} />
              </section>
              <section aria-labelledby="documents-title">
                <h2 id="documents-title">{t("admin.applications.documents")}</h2>
                <Documents family={data} />
              </section>
            </div>
            <div className="stack">
              <DecisionPanel
                key={data.id}
                family={data}
                canDecide={may(me.data?.role, "decideApplication")}
                onNavigate={go}
              />
              <SensitiveFacts family={data} />
              <HistorySection family={data} />
            </div>
          </div>
        </article>
      )}
    </QueryState>
  )
}
