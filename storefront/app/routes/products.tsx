import { Button } from "@usra/ui"
import { Form, Link } from "react-router"
import { api } from "../lib/api.server"
import { siteOrigin } from "../lib/config.server"
import { CATEGORY_HANDLES, GOVERNORATES } from "../lib/constants"
import { toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { metaMessages, pageMeta } from "../lib/seo"
import { readSession } from "../lib/session.server"
import { families, learnProductIds, regionFor } from "../lib/shop.server"
import { useShop } from "../lib/use-shop"
import { catalogQuery, isNarrowed, listingLinkQuery, parseListingUrl } from "../modules/listing/listing-query"
import { ProductGrid } from "../modules/products/product-grid"
import type { Route } from "./+types/products"

const PAGE_SIZE = 12

/**
 * The category and search listing: filters, search (Arabic spelled any way), sort and pages come from the
 * backend's catalogue (GET /store/catalog) in the buyer's region and the page's language. The URL is read
 * leniently (see parseListingUrl), so a shared or hand-edited link shows a listing, never an error.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const lang = toLocale(params.lang)
  const session = await readSession(request)
  const region = await regionFor(session.country)
  const currency = region?.currency ?? "usd"
  const filters = parseListingUrl(url.searchParams, currency)
  const listing = async () => {
    if (!region) return { products: [], count: 0 }
    const ask = (page: number) =>
      api().catalog.list(
        catalogQuery({ ...filters, page }, { regionId: region.id, lang, pageSize: PAGE_SIZE }),
      )
    const answer = await ask(filters.page)
    const last = Math.max(1, Math.ceil(answer.count / PAGE_SIZE))
    // A page past the end (fewer results since the link was shared) shows the last one.
    return answer.products.length === 0 && filters.page > last ? ask(last) : answer
  }
  const [answer, allFamilies] = await Promise.all([listing(), families()])
  learnProductIds(answer.products)
  const pages = Math.max(1, Math.ceil(answer.count / PAGE_SIZE))
  return {
    products: answer.products,
    count: answer.count,
    page: Math.min(filters.page, pages),
    pages,
    filters,
    currency,
    families: allFamilies
      .filter((family) => (family.product_count ?? 0) > 0)
      .map((family) => ({ handle: family.handle, name_ar: family.name_ar, name_en: family.name_en })),
    origin: siteOrigin(request),
  }
}

export function meta({ data, params, matches }: Route.MetaArgs) {
  const locale = toLocale(params.lang)
  const m = metaMessages(matches)
  if (!data || !m) return []
  const query = data.filters
  const heading = [
    query.category ? m.categories[query.category as keyof typeof m.categories] : m.storefront.listing.title,
    query.governorate ? m.governorates[query.governorate as keyof typeof m.governorates] : null,
  ]
    .filter(Boolean)
    .join(" · ")
  // Category and governorate pages are indexed; searches, other filters and later pages are not.
  const indexed = new URLSearchParams()
  if (query.category) indexed.set("category", query.category)
  if (query.governorate) indexed.set("governorate", query.governorate)
  return pageMeta({
    origin: data.origin,
    locale,
    path: `/${locale}/products${indexed.size ? `?${indexed}` : ""}`,
    title: `${query.q ? `“${query.q}” · ` : ""}${heading} · ${m.app.name}`,
    description: m.storefront.seo.listing_description,
    noindex: isNarrowed(query),
  })
}

export default function Products({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShop()
  const { products, count, page, pages, filters: query, currency, families } = loaderData
  const pageLink = (number: number) => paths.products(locale, listingLinkQuery(query, number))
  const heading = query.category ? t(`categories.${query.category}`) : t("storefront.listing.title")
  return (
    <div className="listing">
      <h1>
        {heading}
        {query.governorate ? ` · ${t(`governorates.${query.governorate}`)}` : ""}
      </h1>
      <Form method="get" className="filters" aria-label={t("storefront.listing.filters")}>
        <div className="filters__row">
          <label className="usra-field">
            <span className="usra-field__label">{t("storefront.listing.search_label")}</span>
            <input className="usra-input" type="search" name="q" defaultValue={query.q ?? ""} />
          </label>
          <label className="usra-field">
            <span className="usra-field__label">{t("storefront.listing.category")}</span>
            <select className="usra-input" name="category" defaultValue={query.category ?? ""}>
              <option value="">{t("storefront.listing.any")}</option>
              {CATEGORY_HANDLES.map((handle) => (
                <option key={handle} value={handle}>
                  {t(`categories.${handle}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="usra-field">
            <span className="usra-field__label">{t("storefront.listing.governorate")}</span>
            <select className="usra-input" name="governorate" defaultValue={query.governorate ?? ""}>
              <option value="">{t("storefront.listing.any")}</option>
              {GOVERNORATES.map((governorate) => (
                <option key={governorate} value={governorate}>
                  {t(`governorates.${governorate}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="usra-field">
            <span className="usra-field__label">{t("storefront.listing.family")}</span>
            <select className="usra-input" name="family" defaultValue={query.family ?? ""}>
              <option value="">{t("storefront.listing.any")}</option>
              {families.map((family) => (
                <option key={family.handle} value={family.handle}>
                  {locale === "ar" ? family.name_ar : family.name_en}
                </option>
              ))}
            </select>
          </label>
          <label className="usra-field">
            <span className="usra-field__label">
              {t("storefront.listing.price_min", { currency: currency.toUpperCase() })}
            </span>
            <input
              className="usra-input"
              name="min"
              inputMode="decimal"
              defaultValue={query.rawMin}
              size={6}
            />
          </label>
          <label className="usra-field">
            <span className="usra-field__label">
              {t("storefront.listing.price_max", { currency: currency.toUpperCase() })}
            </span>
            <input
              className="usra-input"
              name="max"
              inputMode="decimal"
              defaultValue={query.rawMax}
              size={6}
            />
          </label>
          <label className="usra-field">
            <span className="usra-field__label">{t("storefront.listing.sort")}</span>
            <select
              className="usra-input"
              name="sort"
              defaultValue={query.sort ?? (query.q ? "relevance" : "newest")}
            >
              {query.q ? <option value="relevance">{t("storefront.listing.sort_relevance")}</option> : null}
              <option value="newest">{t("storefront.listing.sort_newest")}</option>
              <option value="price_asc">{t("storefront.listing.sort_price_asc")}</option>
              <option value="price_desc">{t("storefront.listing.sort_price_desc")}</option>
              <option value="popular">{t("storefront.listing.sort_popular")}</option>
              <option value="rating">{t("storefront.listing.sort_rating")}</option>
            </select>
          </label>
        </div>
        <div className="filters__actions">
          <Button type="submit">{t("storefront.listing.apply")}</Button>
          <Link to={paths.products(locale)}>{t("storefront.listing.clear")}</Link>
        </div>
      </Form>

      {/* The results' heading: cards are h3, so the outline goes h1 > h2 > h3 without a gap. */}
      <div role="status">
        <h2 className="listing__count">{t("storefront.listing.results", { count })}</h2>
      </div>
      {products.length === 0 ? (
        <p className="notice">{t("storefront.listing.empty")}</p>
      ) : (
        <ProductGrid products={products} eager={2} />
      )}

      {pages > 1 ? (
        <nav aria-label={t("storefront.listing.pagination")} className="pagination">
          {page > 1 ? (
            <Link to={pageLink(page - 1)} rel="prev">
              {t("storefront.listing.previous")}
            </Link>
          ) : null}
          <span aria-current="page">{t("storefront.listing.page_of", { page, pages })}</span>
          {page < pages ? (
            <Link to={pageLink(page + 1)} rel="next">
              {t("storefront.listing.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  )
}
