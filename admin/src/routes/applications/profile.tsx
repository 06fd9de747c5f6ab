import type { AdminFamily } from "@usra/types"
import { api } from "../../api"
import { date, dateTime } from "../../lib/format"
import { useBlobUrl } from "../../lib/use-blob-url"
import { useLocale } from "../../lib/use-locale"

/** The family's profile side by side in Arabic (right to left) and English. */
export function BilingualProfile({ family }: { family: AdminFamily }) {
  const { t } = useLocale()
  return (
    <div className="bilingual">
      <section lang="ar" dir="rtl" aria-labelledby="profile-ar">
        <h3 id="profile-ar">{t("admin.applications.profile_ar")}</h3>
        <p className="family-name">{family.name_ar}</p>
        <p className="story">{family.story_ar ?? "—"}</p>
      </section>
      <section lang="en" dir="ltr" aria-labelledby="profile-en">
        <h3 id="profile-en">{t("admin.applications.profile_en")}</h3>
        <p className="family-name">{family.name_en}</p>
        <p className="story">{family.story_en ?? "—"}</p>
      </section>
    </div>
  )
}

export function Facts({ family }: { family: AdminFamily }) {
  const { t } = useLocale()
  return (
    <dl className="facts">
      <dt>{t("admin.applications.governorate")}</dt>
      <dd>{family.governorate ? t(`governorates.${family.governorate}`) : "—"}</dd>
      <dt>{t("admin.applications.centre")}</dt>
      <dd>{family.community_centre ?? "—"}</dd>
      <dt>{t("admin.applications.association")}</dt>
      <dd>{family.association ?? "—"}</dd>
      <dt>{t("admin.applications.members")}</dt>
      <dd>
        <ul className="compact-list">
          {family.members.map((member) => (
            <li key={member.id}>
              <bdi>{member.email}</bdi>
              {member.name ? ` · ${member.name}` : ""}
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  )
}

function DocumentPreview({ url, mime, label }: { url: string; mime: string; label: string }) {
  const blob = useBlobUrl(url)
  if (blob.error || !blob.url) return null
  return mime.startsWith("image/") ? (
    <img src={blob.url} alt={label} />
  ) : (
    <iframe src={blob.url} title={label} />
  )
}

/** Documents shown in the page (images as images, PDFs in the browser's viewer), each with a link to open it. */
export function Documents({ family }: { family: AdminFamily }) {
  const { t } = useLocale()
  if (family.documents.length === 0) return <p>{t("admin.applications.no_documents")}</p>
  return (
    <ul className="documents">
      {family.documents.map((document) => {
        const url = api.families.documentUrl(family.id, document.id)
        const kind = t(`admin.applications.document_kind.${document.kind}`)
        const label = t("admin.applications.document_preview", { kind, file: document.filename })
        return (
          <li key={document.id}>
            <h4>{kind}</h4>
            <DocumentPreview url={url} mime={document.mime_type} label={label} />
            <p>
              <a href={url} target="_blank" rel="noreferrer">
                {label}
              </a>
            </p>
          </li>
        )
      })}
    </ul>
  )
}

function History({ family }: { family: AdminFamily }) {
  const { t, locale } = useLocale()
  const events = [...family.review_events].sort((a, b) => a.created_at.localeCompare(b.created_at))
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.created_at}>{dateTime(event.created_at, locale)}</time>{" "}
          <strong>
            {t("admin.applications.history_line", {
              from: t(`family_status.${event.from_status}`),
              to: t(`family_status.${event.to_status}`),
            })}
          </strong>{" "}
          <span className="muted">
            {t(
              event.actor_type === "seller"
                ? "admin.applications.by_family"
                : event.actor_type === "user"
                  ? "admin.applications.by_ministry"
                  : "admin.applications.by_system",
            )}
          </span>
          {event.reason ? <blockquote>{event.reason}</blockquote> : null}
        </li>
      ))}
    </ol>
  )
}

/** The review history under its heading: the application and the family pages show it alike. */
export function HistorySection({ family }: { family: AdminFamily }) {
  const { t } = useLocale()
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("admin.applications.history")}</h2>
      <History family={family} />
    </section>
  )
}

export function SensitiveFacts({ family }: { family: AdminFamily }) {
  const { t, locale } = useLocale()
  const profile = family.sensitive_profile
  if (!profile) return null
  const yesNo = (value: boolean | null) =>
    value === null ? t("admin.common.unknown") : value ? t("admin.common.yes") : t("admin.common.no")
  return (
    <section aria-labelledby="sensitive-title" className="sensitive">
      <h3 id="sensitive-title">{t("admin.applications.sensitive")}</h3>
      <p className="muted">{t("admin.applications.sensitive_note")}</p>
      <dl className="facts">
        <dt>{t("admin.applications.national_id")}</dt>
        <dd>
          {profile.national_id_last4 ? (
            <bdi dir="ltr">••••••{profile.national_id_last4}</bdi>
          ) : (
            t("admin.common.unknown")
          )}
        </dd>
        <dt>{t("admin.applications.gender")}</dt>
        <dd>
          {profile.maker_gender
            ? t(`admin.impact.gender.${profile.maker_gender}`)
            : t("admin.common.unknown")}
        </dd>
        <dt>{t("admin.applications.age_band")}</dt>
        <dd>
          {profile.age_band ? t(`admin.impact.age_band.${profile.age_band}`) : t("admin.common.unknown")}
        </dd>
        <dt>{t("admin.applications.disability")}</dt>
        <dd>{yesNo(profile.disability_in_household)}</dd>
        <dt>{t("admin.applications.household")}</dt>
        <dd>{profile.household_size ?? t("admin.common.unknown")}</dd>
        <dt>{t("admin.applications.consent")}</dt>
        <dd>{date(profile.consent_given_at, locale)}</dd>
      </dl>
    </section>
  )
}
