import { UsraApiError } from "@usra/api-client"
import { Button } from "@usra/ui"
import { data, Form, redirect, useNavigation } from "react-router"
import { toLocale } from "../../lib/i18n"
import { sellPaths } from "../../lib/sell-paths"
import { requireSeller } from "../../lib/seller.server"
import { Flash, formatDate, PortalPage, TextArea, usePortal } from "../../modules/portal/ui"
import type { Route } from "./+types/reviews"
import { portalMeta } from "./meta"

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requireSeller(request, toLocale(params.lang))
  const { reviews, rating } = await api.reviews.list({ limit: 50 })
  return { reviews, rating, done: new URL(request.url).searchParams.get("done") === "1" }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = toLocale(params.lang)
  const { api } = await requireSeller(request, locale)
  const form = await request.formData()
  const id = String(form.get("review_id") ?? "")
  const text = String(form.get("text") ?? "").trim()
  if (text.length < 2 || text.length > 2000)
    return data({ id, problem: text.length > 2000 ? "too_long" : "required" }, { status: 400 })
  try {
    await api.reviews.reply(id, text)
  } catch (error) {
    if (error instanceof UsraApiError && error.status < 500)
      return data({ id, problem: "generic" }, { status: 400 })
    throw error
  }
  return redirect(`${sellPaths.reviews(locale)}?done=1`)
}

export const meta: Route.MetaFunction = ({ matches, params }) =>
  portalMeta(matches, params.lang, "reviews.title")

export default function SellReviews({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = usePortal()
  const busy = useNavigation().state !== "idle"
  const { reviews, rating, done } = loaderData
  return (
    <PortalPage
      title={t("portal.reviews.title")}
      intro={
        rating.review_count
          ? t("portal.reviews.rating", { average: rating.average, count: rating.review_count })
          : null
      }
    >
      <Flash ok={done && !actionData ? t("portal.application.saved") : null} />
      {reviews.length === 0 ? (
        <p className="portal-empty">{t("portal.reviews.none")}</p>
      ) : (
        <ul className="portal-list">
          {reviews.map((review) => {
            const product = review.product
              ? (locale === "ar" ? review.product.title_ar : review.product.title_en) ||
                review.product.title_en
              : ""
            return (
              <li key={review.id} className="portal-card">
                <h2>{t("portal.reviews.about", { product })}</h2>
                <p className="portal-stars">
                  <span role="img" aria-label={t("portal.reviews.stars", { rating: review.rating })}>
                    <span aria-hidden="true">
                      {"★".repeat(review.rating)}
                      {"☆".repeat(5 - review.rating)}
                    </span>
                  </span>
                </p>
                <blockquote dir="auto">{review.text}</blockquote>
                <p className="usra-field__hint">
                  {review.author_name} · {formatDate(review.created_at, locale)}
                </p>
                {review.status === "hidden" ? (
                  <p className="portal-reason">
                    {t("portal.reviews.hidden", { reason: review.hidden_reason ?? "" })}
                  </p>
                ) : null}
                {review.reply ? (
                  <div className="portal-reply">
                    <h3>{t("portal.reviews.answered")}</h3>
                    <p dir="auto">{review.reply.text}</p>
                  </div>
                ) : (
                  <Form method="post" className="portal-form">
                    <input type="hidden" name="review_id" value={review.id} />
                    <TextArea
                      id={`reply-${review.id}`}
                      label={t("portal.reviews.answer")}
                      name="text"
                      rows={3}
                      maxLength={2000}
                      error={
                        actionData?.id === review.id && actionData.problem
                          ? t(`portal.errors.${actionData.problem}`)
                          : null
                      }
                      required
                    />
                    <Button type="submit" variant="secondary" size="lg" block busy={busy}>
                      {t("portal.reviews.send_answer")}
                    </Button>
                  </Form>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </PortalPage>
  )
}
