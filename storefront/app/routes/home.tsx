import { Link } from "react-router"
import { ProductGrid } from "../components/product-grid"
import { listProducts } from "../lib/backend.server"
import { LOCALE_NAMES, type Locale, t, toLocale } from "../lib/i18n"
import type { Route } from "./+types/home"

export function meta({ params }: Route.MetaArgs) {
  const locale = toLocale(params.lang)
  return [
    { title: `${t(locale, "app.name")} · ${t(locale, "app.tagline")}` },
    { name: "description", content: t(locale, "app.tagline") },
  ]
}

export async function loader({ params }: Route.LoaderArgs) {
  const locale: Locale = toLocale(params.lang)
  return { locale, products: await listProducts(8) }
}

// Only loaderData is read, which keeps the component usable with createRoutesStub in tests.
export default function Home({ loaderData }: Pick<Route.ComponentProps, "loaderData">) {
  const { locale, products } = loaderData
  const other: Locale = locale === "ar" ? "en" : "ar"
  return (
    <main className="home">
      <header className="home-header">
        <h1>{t(locale, "app.name")}</h1>
        <p className="tagline">{t(locale, "app.tagline")}</p>
        <Link to={`/${other}`} lang={other} hrefLang={other} className="lang-switch">
          {LOCALE_NAMES[other]}
        </Link>
      </header>
      <section aria-labelledby="products-heading">
        <h2 id="products-heading">{t(locale, "storefront.products")}</h2>
        {products === null ? (
          <p role="status" className="notice">
            {t(locale, "storefront.unavailable")}
          </p>
        ) : (
          <ProductGrid products={products} locale={locale} />
        )}
      </section>
    </main>
  )
}
