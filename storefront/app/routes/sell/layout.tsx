import { LanguageSwitch } from "@usra/ui"
import { I18nextProvider } from "react-i18next"
import { data, Form, Link, Outlet, useLocation, useRouteLoaderData } from "react-router"
import "../../modules/portal/portal.css"
import { i18nFor, isLocale, toLocale } from "../../lib/i18n"
import { portalMessages } from "../../lib/messages.server"
import { inLocale } from "../../lib/paths"
import { sellPaths } from "../../lib/sell-paths"
import { readSellerToken } from "../../lib/seller.server"
import { usePortal } from "../../modules/portal/ui"
import type { loader as rootLoader } from "../../root"
import type { Route } from "./+types/layout"

export async function loader({ params, request }: Route.LoaderArgs) {
  if (!isLocale(params.lang)) throw data("Not Found", { status: 404 })
  const locale = toLocale(params.lang)
  return { portal: portalMessages(locale), signedIn: Boolean(await readSellerToken(request)) }
}

// The portal's words never change within a language; signing in and out is a navigation to another page.
export function shouldRevalidate({
  currentParams,
  nextParams,
  formAction,
}: {
  currentParams: Record<string, string | undefined>
  nextParams: Record<string, string | undefined>
  formAction?: string
}) {
  return (
    currentParams.lang !== nextParams.lang || Boolean(formAction?.match(/\/sell\/(login|register|logout)/))
  )
}

function PortalHeader({ signedIn }: { signedIn: boolean }) {
  const { t, locale } = usePortal()
  const location = useLocation()
  const here = `${location.pathname}${location.search}`
  return (
    <header className="portal-header">
      <a className="skip-link" href="#main">
        {t("storefront.nav.skip")}
      </a>
      <Link to={sellPaths.home(locale)} className="portal-logo">
        <span aria-hidden="true" className="site-logo__mark">
          {locale === "ar" ? "أ" : "U"}
        </span>
        <span>
          {t("app.name")} <span className="portal-logo__sub">{t("portal.name")}</span>
        </span>
      </Link>
      <div className="portal-header__tools">
        <LanguageSwitch
          current={locale}
          hrefs={{ ar: inLocale(here, "ar"), en: inLocale(here, "en") }}
          label={t("language.label")}
        />
        {signedIn ? (
          <Form method="post" action={`/${locale}/sell/logout`}>
            <button type="submit" className="usra-button usra-button--ghost">
              {t("portal.nav.sign_out")}
            </button>
          </Form>
        ) : null}
      </div>
    </header>
  )
}

export default function SellLayout({ loaderData }: Route.ComponentProps) {
  const root = useRouteLoaderData<typeof rootLoader>("root")
  const locale = toLocale(root?.locale)
  if (!root) return <Outlet />
  const i18n = i18nFor(
    locale,
    { ...root.messages, portal: loaderData.portal } as typeof root.messages,
    "portal",
  )
  return (
    <I18nextProvider i18n={i18n}>
      <div className="portal">
        <PortalHeader signedIn={loaderData.signedIn} />
        <main id="main" tabIndex={-1} className="portal-main">
          <Outlet />
        </main>
        <footer className="portal-footer">
          <Link to={`/${locale}`}>{i18n.t("portal.nav.shop")}</Link>
        </footer>
      </div>
    </I18nextProvider>
  )
}
