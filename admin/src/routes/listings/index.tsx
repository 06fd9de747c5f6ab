import type { AdminListing, ListingQueueStatus } from "@usra/types"
import { Alert, Button, Select } from "@usra/ui"
import { useState } from "react"
import { ListQueryState } from "../../components/list-query-state"
import { PageHeader } from "../../components/page-header"
import { ErrorText } from "../../components/query-state"
import { ReasonDialog } from "../../components/reason-dialog"
import { useListings, useModerateListing } from "../../hooks/api/listings"
import { useMe } from "../../hooks/api/me"
import { money } from "../../lib/format"
import { useLocale } from "../../lib/use-locale"
import { may } from "../../roles"

const STATUSES: ListingQueueStatus[] = ["pending_review", "changes_requested", "published"]
const PAGE = 12

export function ListingCard({ listing, canAct }: { listing: AdminListing; canAct: boolean }) {
  const { t, locale } = useLocale()
  const moderate = useModerateListing()
  const [asking, setAsking] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const title = locale === "ar" ? (listing.title_ar ?? listing.title_en) : listing.title_en
  const description =
    locale === "ar" ? (listing.description_ar ?? listing.description_en) : listing.description_en
  return (
    <article className="listing" aria-labelledby={`listing-${listing.id}`}>
      <h2 id={`listing-${listing.id}`}>{title}</h2>
      {listing.images.length ? (
        <ul className="photos" aria-label={t("admin.listings.photos", { title })}>
          {listing.images.map((image, index) => (
            <li key={image.id}>
              <img
                src={image.url}
                alt={t("admin.listings.photo_alt", { number: index + 1, title })}
                loading="lazy"
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("admin.listings.no_photo")}</p>
      )}
      <dl className="facts">
        <dt>{t("admin.listings.family")}</dt>
        <dd>{listing.family ? (locale === "ar" ? listing.family.name_ar : listing.family.name_en) : "—"}</dd>
        <dt>{t("admin.listings.price")}</dt>
        <dd>{listing.price_jod_fils === null ? "—" : money(listing.price_jod_fils, locale)}</dd>
        <dt>{t("admin.listings.stock")}</dt>
        <dd>{listing.stock}</dd>
        <dt>{t("admin.listings.category")}</dt>
        <dd>{listing.category ? t(`categories.${listing.category}`) : "—"}</dd>
      </dl>
      <div className="bilingual">
        <p lang="ar" dir="rtl">
          {listing.title_ar}
        </p>
        <p lang="en" dir="ltr">
          {listing.title_en}
        </p>
      </div>
      {description ? <p>{description}</p> : null}
      {listing.review_reason ? (
        <p className="muted">{t("admin.listings.previous_reason", { reason: listing.review_reason })}</p>
      ) : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ErrorText error={moderate.error} />
      {canAct && listing.listing_status === "pending_review" && !done ? (
        <div className="row">
          <Button
            busy={moderate.isPending}
            onClick={() =>
              moderate.mutate(
                { id: listing.id, decision: "approve" },
                { onSuccess: () => setDone(t("admin.listings.approved")) },
              )
            }
          >
            {t("admin.listings.approve")}
          </Button>
          <Button variant="secondary" onClick={() => setAsking(true)}>
            {t("admin.listings.request_changes")}
          </Button>
        </div>
      ) : null}
      <ReasonDialog
        open={asking}
        kind="listing-changes"
        title={`${t("admin.listings.request_changes")}: ${title}`}
        confirmLabel={t("admin.listings.request_changes")}
        busy={moderate.isPending}
        error={<ErrorText error={moderate.error} />}
        onClose={() => setAsking(false)}
        onConfirm={(reason) =>
          moderate.mutate(
            { id: listing.id, decision: "request-changes", reason },
            {
              onSuccess: () => {
                setAsking(false)
                setDone(t("admin.listings.changes_requested"))
              },
            },
          )
        }
      />
    </article>
  )
}

export function Component() {
  const { t } = useLocale()
  const me = useMe()
  const [status, setStatus] = useState<ListingQueueStatus>("pending_review")
  const [offset, setOffset] = useState(0)
  const listings = useListings({ status, limit: PAGE, offset })
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={t("admin.listings.title")} intro={t("admin.listings.intro")} />
      <div className="filters">
        <Select
          label={t("admin.listings.status")}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as ListingQueueStatus)
            setOffset(0)
          }}
        >
          {STATUSES.map((entry) => (
            <option key={entry} value={entry}>
              {t(`admin.listings.status_${entry}`)}
            </option>
          ))}
        </Select>
      </div>
      <ListQueryState
        query={listings}
        rows={(page) => page.listings}
        emptyText={t("admin.common.empty")}
        paging={{ limit: PAGE, offset, onChange: setOffset }}
      >
        {(rows) => (
          <div className="listing-grid">
            {rows.map((listing) => (
              <ListingCard
                key={listing.id}
                listing={listing}
                canAct={may(me.data?.role, "moderateListing")}
              />
            ))}
          </div>
        )}
      </ListQueryState>
    </section>
  )
}
