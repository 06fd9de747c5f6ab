import { ButtonLink } from "@usra/ui"
import { Link } from "react-router"
import { api } from "../lib/api.server"
import { siteOrigin } from "../lib/config.server"
import { CATEGORY_HANDLES, GOVERNORATES } from "../lib/constants"
import { toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { metaMessages, pageMeta } from "../lib/seo"
import { readSession } from "../lib/session.server"
import { families, learnProductIds, regionFor } from "../lib/shop.server"
import { useShop } from "../lib/use-shop"
import { FamilyList } from "../modules/families/family-list"
import { ProductGrid } from "../modules/products/product-grid"
import type { Route } from "./+types/home"

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await readSession(request)
  const region = await regionFor(session.country)
  const [newest, allFamilies] = await Promise.all([
    region
      ? api().catalog.list({ regionId: region.id, lang: toLocale(params.lang), sort: "newest", limit: 8 })
      : null,
    families(),
  ])
  const featured = newest?.products ?? []
  learnProductIds(featured)
  const featuredFamilies = allFamilies.filter((family) => (family.product_count ?? 0) > 0).slice(0, 4)
  return {
    products: featured,
    families: featuredFamilies,
    origin: siteOrigin(request),
  }
}

export function meta({ data, params, matches }: Route.MetaArgs) {
  const locale = toLocale(params.lang)
  const m = metaMessages(matches)
  if (!data || !m) return []
  return pageMeta({
    origin: data.origin,
    locale,
    path: `/${locale}`,
    title: `${m.app.name} · ${m.app.tagline}`,
    description: m.storefront.seo.home_description,
  })
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShop()
  return (
    <>
      <section className="hero">
        <h1>{t("storefront.home.hero_title")}</h1>
        <p>{t("storefront.home.hero_body")}</p>
        <ButtonLink href={paths.products(locale)} size="lg">
          {t("storefront.home.hero_cta")}
        </ButtonLink>
      </section>

      <section aria-labelledby="featured-products" className="section">
        <div className="section__head">
          <h2 id="featured-products">{t("storefront.home.featured_products")}</h2>
          <Link to={paths.products(locale)}>{t("storefront.home.all_products")}</Link>
        </div>
        <ProductGrid products={loaderData.products} eager={2} />
      </section>

      <section aria-labelledby="categories" className="section">
        <h2 id="categories">{t("storefront.home.categories")}</h2>
        <ul className="chip-list">
          {CATEGORY_HANDLES.map((handle) => (
            <li key={handle}>
              <Link className="chip" to={paths.products(locale, { category: handle })}>
                {t(`categories.${handle}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="featured-families" className="section">
        <div className="section__head">
          <h2 id="featured-families">{t("storefront.home.featured_families")}</h2>
          <Link to={paths.families(locale)}>{t("storefront.home.all_families")}</Link>
        </div>
        <FamilyList families={loaderData.families} />
      </section>

      <section aria-labelledby="governorates" className="section">
        <h2 id="governorates">{t("storefront.home.governorates")}</h2>
        <ul className="chip-list">
          {GOVERNORATES.map((governorate) => (
            <li key={governorate}>
              <Link className="chip" to={paths.products(locale, { governorate })}>
                {t(`governorates.${governorate}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="story" className="section story">
        <h2 id="story">{t("storefront.home.story_title")}</h2>
        <p>{t("storefront.home.story_body")}</p>
      </section>
    </>
  )
}
