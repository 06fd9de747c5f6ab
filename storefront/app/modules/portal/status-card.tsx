import type { SellerFamily } from "@usra/api-client"
import type { ReactNode } from "react"
import { Badge, formatDate, usePortal } from "./ui"

const TONE = {
  draft: "plain",
  submitted: "wait",
  under_review: "wait",
  approved: "good",
  rejected: "bad",
  changes_requested: "bad",
  suspended: "bad",
} as const

/** The application's status in plain words, what to do next, and the ministry's reasons, newest first. */
export function StatusCard({ family, children }: { family: SellerFamily; children?: ReactNode }) {
  const { t, locale } = usePortal()
  const notes = family.review_events
    .filter((event) => event.reason)
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
  return (
    <section className="portal-card portal-status" aria-labelledby="application-status">
      <h2 id="application-status">{t("portal.home.application")}</h2>
      <p>
        <Badge tone={TONE[family.status]}>{t(`portal.status.${family.status}`)}</Badge>
      </p>
      <p>{t(`portal.status_help.${family.status}`)}</p>
      {notes.length ? (
        <div className="portal-notes">
          <h3>{t("portal.application.notes_title")}</h3>
          <ul>
            {notes.map((event) => (
              <li key={`${event.created_at}-${event.to_status}`}>
                <span className="portal-notes__when">
                  {t("portal.application.note", {
                    date: formatDate(event.created_at, locale),
                    status: t(`portal.status.${event.to_status}`),
                  })}
                </span>
                <blockquote dir="auto">{event.reason}</blockquote>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {children}
    </section>
  )
}
