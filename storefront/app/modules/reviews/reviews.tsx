import type { PublicReview, RatingSummary } from "@usra/api-client"
import { useShop } from "../../lib/use-shop"

/** Stars drawn as text; screen readers hear "Rated 4 out of 5" instead. */
export function Stars({ rating }: { rating: number }) {
  const { t } = useShop()
  const whole = Math.round(rating)
  return (
    <span className="stars" role="img" aria-label={t("storefront.reviews.stars", { rating })}>
      <span aria-hidden="true">
        {"★".repeat(whole)}
        {"☆".repeat(5 - whole)}
      </span>
    </span>
  )
}

/** "4.5 out of 5 from 12 reviews", or nothing before the first review. */
export function RatingLine({ rating }: { rating: RatingSummary | null | undefined }) {
  const { t } = useShop()
  if (!rating?.review_count || rating.average === null) return null
  return (
    <p className="rating-line">
      <Stars rating={rating.average} />{" "}
      {t(rating.review_count === 1 ? "storefront.reviews.summary_one" : "storefront.reviews.summary", {
        average: rating.average,
        count: rating.review_count,
      })}
    </p>
  )
}

/** Published reviews with the family's answers; `showProduct` names the product (on a family's page). */
export function ReviewList({
  reviews,
  family,
  showProduct,
}: {
  reviews: PublicReview[]
  family?: string
  showProduct?: boolean
}) {
  const { t, locale } = useShop()
  if (reviews.length === 0) return <p className="notice">{t("storefront.reviews.none")}</p>
  return (
    <ul className="review-list" data-testid="reviews">
      {reviews.map((review) => (
        <li key={review.id} className="review">
          <p className="review__head">
            <Stars rating={review.rating} /> <strong>{review.author_name}</strong>
            {showProduct && review.product ? (
              <span className="review__product">
                {" · "}
                {(locale === "ar" ? review.product.title_ar : review.product.title_en) ||
                  review.product.title_en}
              </span>
            ) : null}
          </p>
          <p className="review__text" dir="auto">
            {review.text}
          </p>
          {review.reply ? (
            <div className="review__reply">
              <p className="review__reply-head">{t("storefront.reviews.reply", { family: family ?? "" })}</p>
              <p dir="auto">{review.reply.text}</p>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
