import { toProductSummary } from "@usra/api-client"
import { api, orNotFound } from "../lib/api.server"
import { siteOrigin } from "../lib/config.server"
import { toLocale } from "../lib/i18n"
import { fill, metaMessages, pageMeta } from "../lib/seo"
import { readSession } from "../lib/session.server"
import { regionFor } from "../lib/shop.server"
import { useShop } from "../lib/use-shop"
import { gridProductOf } from "../modules/products/grid-product"
import { ProductGrid } from "../modules/products/product-grid"
import { RatingLine, ReviewList } from "../modules/reviews/reviews"
import type { Route } from "./+types/family"

export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = toLocale(params.lang)
  const session = await readSession(request)
  const region = await regionFor(session.country)
  const [{ family }, reviews] = await Promise.all([
    orNotFound(api().families.get(params.handle, { regionId: region?.id, limit: 100 })),
    api()
      .reviews.ofFamily(params.handle, { limit: 10 })
      .catch(() => null),
  ])
  const { products, ...profile } = family
  return {
    reviews: reviews ? { list: reviews.reviews, rating: reviews.rating } : null,
    family: profile,
    // The family route returns products without their family: every one is this family's.
    products: products.map((product) => gridProductOf({ ...toProductSummary(product), family: null }, lang)),
    origin: siteOrigin(request),
  }
}

export function meta({ data, params, matches }: Route.MetaArgs) {
  const locale = toLocale(params.lang)
  const m = metaMessages(matches)
  if (!data || !m) return []
  const name = locale === "ar" ? data.family.name_ar : data.family.name_en
  const story = locale === "ar" ? data.family.story_ar : data.family.story_en
  return pageMeta({
    origin: data.origin,
    locale,
    path: `/${locale}/families/${data.family.handle}`,
    title: `${name} · ${m.app.name}`,
    description:
      story?.slice(0, 160) ||
      fill(m.storefront.seo.family_description, {
        family: name,
        governorate: m.governorates[data.family.governorate],
      }),
  })
}

export default function Family({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShop()
  const { family, products, reviews } = loaderData
  const name = locale === "ar" ? family.name_ar : family.name_en
  const story = locale === "ar" ? family.story_ar : family.story_en
  return (
    <div className="family-page">
      <header className="family-hero">
        <span className="usra-family-card__mark" aria-hidden="true">
          {Array.from(name)[0]}
        </span>
        <div>
          <h1>{name}</h1>
          <p>{t("storefront.family.from", { governorate: t(`governorates.${family.governorate}`) })}</p>
          {family.community_centre ? (
            <p>{t("storefront.family.centre", { centre: family.community_centre })}</p>
          ) : null}
          <RatingLine rating={reviews?.rating} />
        </div>
      </header>
      {story ? (
        <section aria-labelledby="family-story" className="section story">
          <h2 id="family-story">{t("storefront.family.story")}</h2>
          <p>{story}</p>
        </section>
      ) : null}
      <section aria-labelledby="family-products" className="section">
        <h2 id="family-products">{t("storefront.family.products", { family: name })}</h2>
        {products.length ? (
          <ProductGrid products={products} eager={2} />
        ) : (
          <p>{t("storefront.family.none")}</p>
        )}
      </section>
      {reviews ? (
        <section aria-labelledby="family-reviews" className="section reviews">
          <h2 id="family-reviews">{t("storefront.reviews.title")}</h2>
          <ReviewList reviews={reviews.list} family={name} showProduct />
        </section>
      ) : null}
    </div>
  )
}
