import { LanguageSwitch } from "@usra/ui"
import { Form, Link, useLocation } from "react-router"
import { inLocale, paths } from "../../lib/paths"
import { useShop } from "../../lib/use-shop"

export function SiteHeader() {
  const { t, locale, shop } = useShop()
  const location = useLocation()
  const here = `${location.pathname}${location.search}`
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("storefront.nav.skip")}
      </a>
      <div className="site-header__bar">
        <Link to={paths.home(locale)} className="site-logo">
          <span aria-hidden="true" className="site-logo__mark">
            {locale === "ar" ? "أ" : "U"}
          </span>
          {t("app.name")}
        </Link>
        <search className="site-search">
          <form method="get" action={paths.products(locale)}>
            <label htmlFor="site-search" className="visually-hidden">
              {t("storefront.listing.search_label")}
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              placeholder={t("storefront.listing.search_placeholder")}
              className="usra-input"
            />
            <button type="submit" className="usra-button usra-button--secondary">
              {t("common.search")}
            </button>
          </form>
        </search>
        <div className="site-header__tools">
          <LanguageSwitch
            current={locale}
            hrefs={{ ar: inLocale(here, "ar"), en: inLocale(here, "en") }}
            label={t("language.label")}
          />
          <Link to={paths.account(locale)} className="header-link">
            {t("storefront.nav.account")}
          </Link>
          <Link
            to={paths.cart(locale)}
            className="header-link header-cart"
            aria-label={t("storefront.nav.cart_count", { count: shop?.cartCount ?? 0 })}
            data-testid="cart-link"
          >
            {t("storefront.nav.cart")} <span className="header-cart__count">{shop?.cartCount ?? 0}</span>
          </Link>
        </div>
      </div>
      <nav aria-label={t("storefront.nav.main")} className="site-nav">
        <ul>
          <li>
            <Link to={paths.products(locale)}>{t("storefront.nav.shop")}</Link>
          </li>
          <li>
            <Link to={paths.families(locale)}>{t("storefront.nav.families")}</Link>
          </li>
          <li>
            <Link to={paths.lookup(locale)}>{t("storefront.nav.order_lookup")}</Link>
          </li>
        </ul>
        {shop ? (
          <Form method="post" action={`/${locale}/region`} className="region-form">
            <input type="hidden" name="redirect_to" value={here} />
            <label htmlFor="region-country">{t("storefront.region.label")}</label>
            <select
              id="region-country"
              name="country"
              key={shop.country}
              defaultValue={shop.country}
              className="usra-input"
            >
              {shop.countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
            <button type="submit" className="usra-button usra-button--ghost">
              {t("storefront.region.change")}
            </button>
            <span className="region-form__currency">
              {t("storefront.region.currency_note", { currency: shop.currency.toUpperCase() })}
            </span>
          </Form>
        ) : null}
      </nav>
    </header>
  )
}

export function SiteFooter() {
  const { t, locale } = useShop()
  return (
    <footer className="site-footer">
      <nav aria-label={t("storefront.nav.footer")}>
        <ul>
          <li>
            <Link to={paths.products(locale)}>{t("storefront.nav.shop")}</Link>
          </li>
          <li>
            <Link to={paths.families(locale)}>{t("storefront.nav.families")}</Link>
          </li>
          <li>
            <Link to={paths.lookup(locale)}>{t("storefront.nav.order_lookup")}</Link>
          </li>
        </ul>
      </nav>
      <p>{t("storefront.footer.about")}</p>
      <p>{t("storefront.footer.rights")}</p>
    </footer>
  )
}
