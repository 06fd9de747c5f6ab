import { toProductSummary, UsraApiError } from "@usra/api-client"
import { toMajor } from "@usra/i18n"
import { Alert, Button, Price } from "@usra/ui"
import { data, Link, useFetcher } from "react-router"
import { api, orNotFound } from "../lib/api.server"
import { ensureCart } from "../lib/cart.server"
import { siteOrigin } from "../lib/config.server"
import { countryName, toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { metaMessages, pageMeta } from "../lib/seo"
import { readSession, setCart, withCookies } from "../lib/session.server"
import { deliveryDays, knownProductId, regionFor } from "../lib/shop.server"
import { useShop } from "../lib/use-shop"
import { FavouriteButton } from "../modules/favourites/favourite-button"
import { RatingLine, ReviewList } from "../modules/reviews/reviews"
import type { Route } from "./+types/product"

export async function loader({ params, request }: Route.LoaderArgs) {
  const session = await readSession(request)
  const region = await regionFor(session.country)
  const reviewsOf = (id: string) =>
    api()
      .reviews.ofProduct(id, { limit: 5 })
      .catch(() => null)
  // Reviews are asked for with the product when its id is already known, rather than after it.
  const known = knownProductId(params.handle)
  const early = known ? reviewsOf(known) : null
  const product = await orNotFound(api().products.byHandle(params.handle, region?.id))
  if (!product) throw data("Not Found", { status: 404 })
  const summary = toProductSummary(product)
  const url = new URL(request.url)
  const image = Math.max(0, Math.min(Number(url.searchParams.get("image")) || 0, summary.images.length - 1))
  const [delivery, reviews, saved] = await Promise.all([
    summary.processingDays ? deliveryDays(session.country, summary.processingDays) : null,
    known === summary.id && early ? early : reviewsOf(summary.id),
    session.token
      ? api(session.token)
          .favourites.list()
          .then((answer) => answer.favourites.some((favourite) => favourite.product_id === summary.id))
          .catch(() => false)
      : false,
  ])
  return {
    product: summary,
    image,
    country: session.country,
    delivery,
    reviews: reviews ? { list: reviews.reviews, rating: reviews.rating, count: reviews.count } : null,
    saved,
    origin: siteOrigin(request),
  }
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  const variantId = String(form.get("variant_id") ?? "")
  const quantity = Math.max(1, Math.min(99, Number(form.get("quantity")) || 1))
  const session = await readSession(request)
  try {
    const { cart, created } = await ensureCart(session)
    const updated = await api(session.token).carts.addItem(cart.id, variantId, quantity)
    const count = (updated.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
    return data(
      { ok: true as const, count },
      created ? { headers: withCookies(await setCart(cart.id)) } : undefined,
    )
  } catch (error) {
    if (error instanceof UsraApiError && error.status < 500)
      return data({ ok: false as const, message: error.message }, { status: 400 })
    throw error
  }
}

export function meta({ data: loaded, params, matches }: Route.MetaArgs) {
  const locale = toLocale(params.lang)
  const m = metaMessages(matches)
  if (!loaded || !m) return []
  const { product, origin, reviews } = loaded
  const rating = reviews?.rating
  const title = product.title[locale]
  const description = product.description[locale].slice(0, 160)
  const url = `${origin}/${locale}/products/${product.handle}`
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: title,
    description: product.description[locale],
    image: product.images,
    sku: product.variantId ?? product.id,
    url,
    ...(product.family
      ? {
          brand: {
            "@type": "Brand",
            name: locale === "ar" ? product.family.name_ar : product.family.name_en,
          },
        }
      : {}),
    ...(rating?.review_count && rating.average !== null
      ? {
          aggregateRating: {
            "@type": "AggregateRating",
            ratingValue: rating.average,
            reviewCount: rating.review_count,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
    ...(product.price !== null && product.currency
      ? {
          offers: {
            "@type": "Offer",
            url,
            priceCurrency: product.currency.toUpperCase(),
            price: toMajor(product.price, product.currency).toString(),
            availability:
              product.stock === 0 ? "https://schema.org/OutOfStock" : "https://schema.org/InStock",
          },
        }
      : {}),
  }
  return [
    ...pageMeta({
      origin,
      locale,
      path: `/${locale}/products/${product.handle}`,
      title: `${title} · ${m.app.name}`,
      description,
      image: product.thumbnail,
      type: "product",
    }),
    { "script:ld+json": jsonLd },
    ...(product.price !== null && product.currency
      ? [
          { property: "product:price:amount", content: toMajor(product.price, product.currency).toString() },
          { property: "product:price:currency", content: product.currency.toUpperCase() },
        ]
      : []),
  ]
}

export default function Product({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShop()
  const { product, image, delivery, country, reviews, saved } = loaderData
  const fetcher = useFetcher<typeof action>()
  const busy = fetcher.state !== "idle"
  const result = fetcher.data
  const family = product.family
  const soldOut = product.stock === 0
  const mainImage = product.images[image] ?? product.thumbnail
  return (
    <div className="product-page">
      <section className="gallery" aria-label={t("storefront.product.gallery")}>
        {mainImage ? (
          <img
            src={mainImage}
            alt={product.title[locale]}
            width={800}
            height={800}
            fetchPriority="high"
            className="gallery__main"
          />
        ) : (
          <div className="gallery__main gallery__main--empty" aria-hidden="true" />
        )}
        {product.images.length > 1 ? (
          <ul className="gallery__thumbs">
            {product.images.map((url, index) => (
              <li key={url}>
                <Link
                  to={`?image=${index}`}
                  preventScrollReset
                  replace
                  aria-current={index === image ? "true" : undefined}
                  aria-label={t("storefront.product.photo", {
                    number: index + 1,
                    total: product.images.length,
                  })}
                >
                  <img src={url} alt="" width={96} height={96} loading="lazy" />
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="product-info">
        <h1>{product.title[locale]}</h1>
        <RatingLine rating={reviews?.rating} />
        {family ? (
          <p className="product-info__maker">
            {t("storefront.product.made_by")}{" "}
            <Link to={paths.family(locale, family.handle)}>
              {locale === "ar" ? family.name_ar : family.name_en}
            </Link>
          </p>
        ) : null}
        <p className="product-info__price">
          {product.price !== null && product.currency ? (
            <Price amount={product.price} currency={product.currency} locale={locale} />
          ) : (
            t("storefront.product.no_price")
          )}
        </p>
        <ul className="product-facts">
          <li data-testid="stock">
            {soldOut
              ? t("storefront.product.out_of_stock")
              : product.stock !== null && product.stock <= 10
                ? t("storefront.product.in_stock", { count: product.stock })
                : t("storefront.product.in_stock_plain")}
          </li>
          {product.processingDays ? (
            <li>{t("storefront.product.processing", { days: product.processingDays })}</li>
          ) : null}
          {delivery ? (
            <li>
              {t("storefront.product.delivery", {
                country: countryName(country, locale),
                min: delivery.min,
                max: delivery.max,
              })}
            </li>
          ) : null}
        </ul>

        {product.price !== null && !soldOut && product.variantId ? (
          <fetcher.Form method="post" className="add-to-cart">
            {product.variants.length > 1 ? (
              <label className="usra-field">
                <span className="usra-field__label">{t("storefront.product.option")}</span>
                <select name="variant_id" className="usra-input" defaultValue={product.variantId}>
                  {product.variants.map((variant) => (
                    <option key={variant.id} value={variant.id} disabled={variant.stock === 0}>
                      {variant.title}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <input type="hidden" name="variant_id" value={product.variantId} />
            )}
            <label className="usra-field add-to-cart__quantity">
              <span className="usra-field__label">{t("storefront.product.quantity")}</span>
              <input
                className="usra-input"
                type="number"
                name="quantity"
                min={1}
                max={product.stock ?? 99}
                defaultValue={1}
                inputMode="numeric"
              />
            </label>
            <Button type="submit" size="lg" busy={busy}>
              {t("storefront.product.add_to_cart")}
            </Button>
          </fetcher.Form>
        ) : null}
        <FavouriteButton productId={product.id} saved={saved} />
        <div aria-live="polite">
          {result?.ok ? (
            <Alert tone="success">
              {t("storefront.product.added")} ·{" "}
              <Link to={paths.cart(locale)}>{t("storefront.nav.cart")}</Link>
            </Alert>
          ) : null}
          {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
        </div>

        <div className="product-description">
          <p>{product.description[locale]}</p>
          {product.materials[locale] ? (
            <p>
              <strong>{t("storefront.product.materials")}:</strong> {product.materials[locale]}
            </p>
          ) : null}
        </div>

        {family ? (
          <aside className="maker-card" aria-labelledby="maker-heading">
            <h2 id="maker-heading">{locale === "ar" ? family.name_ar : family.name_en}</h2>
            <p className="maker-card__place">
              {t("storefront.family.from", { governorate: t(`governorates.${family.governorate}`) })}
            </p>
            {(locale === "ar" ? family.story_ar : family.story_en) ? (
              <p>{locale === "ar" ? family.story_ar : family.story_en}</p>
            ) : null}
            <Link to={paths.family(locale, family.handle)}>
              {t("storefront.product.visit_family", {
                family: locale === "ar" ? family.name_ar : family.name_en,
              })}
            </Link>
          </aside>
        ) : null}

        {reviews ? (
          <section aria-labelledby="reviews-heading" className="reviews">
            <h2 id="reviews-heading">{t("storefront.reviews.title")}</h2>
            <ReviewList
              reviews={reviews.list}
              family={family ? (locale === "ar" ? family.name_ar : family.name_en) : undefined}
            />
            {family && reviews.count > reviews.list.length ? (
              <Link to={`${paths.family(locale, family.handle)}#family-reviews`}>
                {t("storefront.reviews.more")}
              </Link>
            ) : null}
          </section>
        ) : null}
      </section>
    </div>
  )
}
