import { queryCatalogue } from "@usra/api-client"
import { toMinor } from "@usra/i18n"
import { ListingQuery } from "@usra/types"
import { Button } from "@usra/ui"
import { Form, Link } from "react-router"
import { siteOrigin } from "../lib/config.server"
import { CATEGORY_HANDLES, GOVERNORATES } from "../lib/constants"
import { toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { metaMessages, pageMeta } from "../lib/seo"
import { readSession } from "../lib/session.server"
import { catalogue, families, regionFor } from "../lib/shop.server"
import { useShop } from "../lib/use-shop"
import { ProductGrid } from "../modules/products/product-grid"
import type { Route } from "./+types/products"

const PAGE_SIZE = 12

function minorOrUndefined(value: string | null, currency: string): number | undefined {
  if (!value?.trim()) return undefined
  try {
    const minor = toMinor(value.trim(), currency)
    return minor >= 0 ? minor : undefined
  } catch {
    return undefined
  }
}

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const session = await readSession(request)
  const region = await regionFor(session.country)
  const currency = region?.currency ?? "usd"
  const search = url.searchParams
  const query = ListingQuery.parse({
    ...Object.fromEntries(search),
    min: minorOrUndefined(search.get("min"), currency),
    max: minorOrUndefined(search.get("max"), currency),
  })
  const [products, allFamilies] = await Promise.all([region ? catalogue(region.id) : [], families()])
  const page = queryCatalogue(products, query, PAGE_SIZE)
  return {
    page,
    query,
    raw: { min: search.get("min") ?? "", max: search.get("max") ?? "" },
    currency,
    families: allFamilies
      .filter((family) => (family.product_count ?? 0) > 0)
      .map((family) => ({ handle: family.handle, name_ar: family.name_ar, name_en: family.name_en })),
    origin: siteOrigin(request),
    path: `${url.pathname}${url.search}`,
  }
}

export function meta({ data, params, matches }: Route.MetaArgs) {
  const locale = toLocale(params.lang)
  const m = metaMessages(matches)
  if (!data || !m) return []
  const { query } = data
  const heading = [
    query.category ? m.categories[query.category] : m.storefront.listing.title,
    query.governorate ? m.governorates[query.governorate] : null,
  ]
    .filter(Boolean)
    .join(" · ")
  // Category and governorate pages are indexed; searches, other filters and later pages are not.
  const indexed = new URLSearchParams()
  if (query.category) indexed.set("category", query.category)
  if (query.governorate) indexed.set("governorate", query.governorate)
  const filtered = Boolean(query.q || query.family || query.min || query.max || query.page > 1)
  return pageMeta({
    origin: data.origin,
    locale,
    path: `/${locale}/products${indexed.size ? `?${indexed}` : ""}`,
    title: `${query.q ? `“${query.q}” · ` : ""}${heading} · ${m.app.name}`,
    description: m.storefront.seo.listing_description,
    noindex: filtered,
  })
}

export default function Products({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShop()
  const { page, query, raw, currency, families } = loaderData
  const pageLink = (number: number) =>
    paths.products(locale, {
      q: query.q,
      category: query.category,
      governorate: query.governorate,
      family: query.family,
      min: raw.min,
      max: raw.max,
      sort: query.sort === "newest" ? undefined : query.sort,
      page: number === 1 ? undefined : number,
    })
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
            <input className="usra-input" name="min" inputMode="decimal" defaultValue={raw.min} size={6} />
          </label>
          <label className="usra-field">
            <span className="usra-field__label">
              {t("storefront.listing.price_max", { currency: currency.toUpperCase() })}
            </span>
            <input className="usra-input" name="max" inputMode="decimal" defaultValue={raw.max} size={6} />
          </label>
          <label className="usra-field">
            <span className="usra-field__label">{t("storefront.listing.sort")}</span>
            <select className="usra-input" name="sort" defaultValue={query.sort}>
              <option value="newest">{t("storefront.listing.sort_newest")}</option>
              <option value="price_asc">{t("storefront.listing.sort_price_asc")}</option>
              <option value="price_desc">{t("storefront.listing.sort_price_desc")}</option>
              <option value="title">{t("storefront.listing.sort_title")}</option>
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
        <h2 className="listing__count">{t("storefront.listing.results", { count: page.count })}</h2>
      </div>
      {page.products.length === 0 ? (
        <p className="notice">{t("storefront.listing.empty")}</p>
      ) : (
        <ProductGrid products={page.products} eager={2} />
      )}

      {page.pages > 1 ? (
        <nav aria-label={t("storefront.listing.pagination")} className="pagination">
          {page.page > 1 ? (
            <Link to={pageLink(page.page - 1)} rel="prev">
              {t("storefront.listing.previous")}
            </Link>
          ) : null}
          <span aria-current="page">
            {t("storefront.listing.page_of", { page: page.page, pages: page.pages })}
          </span>
          {page.page < page.pages ? (
            <Link to={pageLink(page.page + 1)} rel="next">
              {t("storefront.listing.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  )
}
