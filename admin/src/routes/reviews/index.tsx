import type { FullReview } from "@usra/api-client/admin"
import { Alert, Badge, Button, Select } from "@usra/ui"
import { useState } from "react"
import { ListQueryState } from "../../components/list-query-state"
import { PageHeader } from "../../components/page-header"
import { ErrorText } from "../../components/query-state"
import { ReasonDialog } from "../../components/reason-dialog"
import { useFamilies } from "../../hooks/api/families"
import { type ReviewQuery, useReviews, useReviewVisibility } from "../../hooks/api/reviews"
import { direction } from "../../i18n"
import { date } from "../../lib/format"
import { textLanguage } from "../../lib/text-language"
import { useLocale } from "../../lib/use-locale"

const PAGE = 20
const RATINGS = [5, 4, 3, 2, 1]
type Visibility = "" | "published" | "hidden"

function productTitle(review: FullReview, locale: "ar" | "en"): string {
  const product = review.product
  if (!product) return review.product_id
  return locale === "ar" ? (product.title_ar ?? product.title_en) : product.title_en
}

export function ReviewCard({
  review,
  onOnlyProduct,
  onChanged,
}: {
  review: FullReview
  onOnlyProduct: (productId: string, title: string) => void
  /** After hiding or showing again, with the message to say. */
  onChanged: (message: string) => void
}) {
  const { t, locale } = useLocale()
  // A published review can be hidden; a hidden one shown again. Both ask why.
  const change = review.status === "published" ? "hide" : "show"
  const visibility = useReviewVisibility(change)
  const [asking, setAsking] = useState(false)
  const title = productTitle(review, locale)
  const written = textLanguage(review.text)
  const stars = t("admin.reviews.stars", { count: review.rating })
  return (
    <article className="review" aria-labelledby={`review-${review.id}`} data-review={review.id}>
      <h2 id={`review-${review.id}`}>
        {title}{" "}
        {review.status === "hidden" ? (
          <Badge tone="danger">{t("admin.reviews.visibility_hidden")}</Badge>
        ) : (
          <Badge tone="success">{t("admin.reviews.visibility_published")}</Badge>
        )}
      </h2>
      <p className="stars" role="img" aria-label={stars} title={stars}>
        {"★".repeat(review.rating)}
        {"☆".repeat(5 - review.rating)}
      </p>
      <blockquote lang={written} dir={direction(written)}>
        {review.text}
      </blockquote>
      <p className="muted">
        {t("admin.reviews.author", { name: review.author_name, date: date(review.created_at, locale) })}
      </p>
      {review.reply ? (
        <div className="reply">
          <p className="muted">{t("admin.reviews.reply")}</p>
          <p lang={textLanguage(review.reply.text)} dir={direction(textLanguage(review.reply.text))}>
            {review.reply.text}
          </p>
        </div>
      ) : null}
      {review.status === "hidden" ? (
        <p className="muted">
          {t("admin.reviews.hidden_because", {
            date: date(review.hidden_at, locale),
            reason: review.hidden_reason ?? "—",
          })}
        </p>
      ) : null}
      <ErrorText error={visibility.error} />
      <div className="row">
        <Button variant="ghost" onClick={() => onOnlyProduct(review.product_id, title)}>
          {t("admin.reviews.only_product")}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(true)}>
          {t(`admin.reviews.${change}`)}
        </Button>
      </div>
      <ReasonDialog
        open={asking}
        kind={`review-${change}`}
        title={t(`admin.reviews.${change}_title`, { title })}
        description={t(`admin.reviews.${change}_note`)}
        hint={change === "show" ? t("admin.reviews.show_reason_hint") : undefined}
        confirmLabel={t(`admin.reviews.${change}`)}
        busy={visibility.isPending}
        error={<ErrorText error={visibility.error} />}
        onClose={() => setAsking(false)}
        onConfirm={(reason) =>
          visibility.mutate(
            { id: review.id, reason },
            {
              onSuccess: () => {
                setAsking(false)
                onChanged(t(change === "hide" ? "admin.reviews.hidden" : "admin.reviews.shown"))
              },
            },
          )
        }
      />
    </article>
  )
}

/** Review moderation: every review newest first, filtered by rating, visibility, family and product. */
export function Component() {
  const { t, locale } = useLocale()
  const [rating, setRating] = useState("")
  const [visibility, setVisibility] = useState<Visibility>("")
  const [familyId, setFamilyId] = useState("")
  const [product, setProduct] = useState<{ id: string; title: string } | null>(null)
  const [offset, setOffset] = useState(0)
  const [done, setDone] = useState<string | null>(null)
  const families = useFamilies({ status: "approved,suspended", limit: 100 })
  const query: ReviewQuery = {
    status: visibility || undefined,
    rating: rating ? Number(rating) : undefined,
    family_id: familyId || undefined,
    product_id: product?.id,
    limit: PAGE,
    offset,
  }
  const reviews = useReviews(query)
  const refilter = (change: () => void) => {
    change()
    setOffset(0)
    setDone(null)
  }

  return (
    <section aria-labelledby="page-title">
      <PageHeader title={t("admin.reviews.title")} intro={t("admin.reviews.intro")} />
      <div className="filters">
        <Select
          label={t("admin.reviews.rating")}
          name="rating"
          value={rating}
          onChange={(event) => refilter(() => setRating(event.target.value))}
        >
          <option value="">{t("admin.reviews.rating_any")}</option>
          {RATINGS.map((value) => (
            <option key={value} value={value}>
              {t("admin.reviews.stars", { count: value })}
            </option>
          ))}
        </Select>
        <Select
          label={t("admin.reviews.visibility")}
          name="visibility"
          value={visibility}
          onChange={(event) => refilter(() => setVisibility(event.target.value as Visibility))}
        >
          <option value="">{t("admin.reviews.visibility_all")}</option>
          <option value="published">{t("admin.reviews.visibility_published")}</option>
          <option value="hidden">{t("admin.reviews.visibility_hidden")}</option>
        </Select>
        <Select
          label={t("admin.reviews.family")}
          name="family"
          value={familyId}
          onChange={(event) => refilter(() => setFamilyId(event.target.value))}
        >
          <option value="">{t("admin.reviews.family_any")}</option>
          {(families.data?.families ?? []).map((family) => (
            <option key={family.id} value={family.id}>
              {locale === "ar" ? family.name_ar : family.name_en}
            </option>
          ))}
        </Select>
      </div>
      {product ? (
        <p className="row">
          <span>{t("admin.reviews.showing_product", { title: product.title })}</span>
          <Button variant="ghost" onClick={() => refilter(() => setProduct(null))}>
            {t("admin.reviews.clear_product")}
          </Button>
        </p>
      ) : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ListQueryState
        query={reviews}
        rows={(page) => page.reviews}
        emptyText={t("admin.common.empty")}
        paging={{ limit: PAGE, offset, onChange: setOffset }}
      >
        {(rows) => (
          <div className="review-list">
            {rows.map((review) => (
              <ReviewCard
                key={review.id}
                review={review}
                onOnlyProduct={(id, title) => refilter(() => setProduct({ id, title }))}
                onChanged={setDone}
              />
            ))}
          </div>
        )}
      </ListQueryState>
    </section>
  )
}
