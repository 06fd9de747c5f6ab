import { LOCALE_NAMES } from "@usra/i18n"
import { Alert, Button, Loading } from "@usra/ui"
import { useTranslation } from "react-i18next"
import { Navigate, NavLink, Outlet, useLocation, useMatches } from "react-router"
import { useLogout, useMe } from "./hooks/api/me"
import { currentLocale } from "./i18n"
import { canOpen, SCREENS, type ScreenKey } from "./roles"

/** The frame of every signed-in page: who is signed in, the sections their role opens, the language switch. */
export function Shell() {
  const { t, i18n } = useTranslation()
  const locale = currentLocale(i18n.language)
  const other = locale === "ar" ? "en" : "ar"
  const me = useMe()
  const logout = useLogout()
  const location = useLocation()
  const matches = useMatches()
  const screen = [...matches]
    .reverse()
    .find((match) => (match.handle as { screen?: ScreenKey } | undefined)?.screen)?.handle as
    | { screen: ScreenKey }
    | undefined

  if (me.isPending) return <Loading label={t("admin.common.loading")} />
  if (me.isError) {
    return (
      <main className="centered">
        <Alert tone="error">{t("admin.common.error", { message: me.error.message })}</Alert>
      </main>
    )
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`
    return <Navigate to={`/login${next !== "/" ? `?next=${encodeURIComponent(next)}` : ""}`} replace />
  }
  const user = me.data
  const role = user.role
  const allowed = screen ? canOpen(role, screen.screen) : true

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("admin.nav.skip")}
      </a>
      <header className="shell-header">
        <div className="brand">
          <p className="brand-title">{t("admin.title")}</p>
          <p className="subtitle">
            {t("app.name")} · {t("app.tagline")}
          </p>
        </div>
        <div className="account">
          <p>
            <span>{t("admin.auth.signed_in_as", { email: user.email })}</span>{" "}
            <span className="role" data-role={role ?? "none"}>
              {t("admin.auth.role", { role: t(`admin.roles.${role ?? "none"}`) })}
            </span>
          </p>
          <div className="row">
            <Button
              variant="secondary"
              lang={other}
              onClick={() => void i18n.changeLanguage(other)}
              aria-label={`${t("admin.nav.language")}: ${LOCALE_NAMES[other]}`}
            >
              {LOCALE_NAMES[other]}
            </Button>
            <Button variant="ghost" busy={logout.isPending} onClick={() => logout.mutate()}>
              {t("admin.auth.sign_out")}
            </Button>
          </div>
        </div>
      </header>
      <nav className="shell-nav" aria-label={t("admin.nav.main")}>
        <ul>
          {SCREENS.filter((entry) => canOpen(role, entry.key)).map((entry) => (
            <li key={entry.key}>
              <NavLink to={entry.path} end={entry.path === "/"} data-screen={entry.key}>
                {t(`admin.nav.${entry.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="shell-main" tabIndex={-1}>
        {!role ? (
          <Alert tone="info">{t("admin.auth.no_role")}</Alert>
        ) : allowed ? (
          <Outlet />
        ) : (
          <section aria-labelledby="page-title" className="not-allowed">
            <h1 id="page-title">{t("admin.common.not_allowed")}</h1>
            <p>
              <NavLink to="/">{t("admin.common.home")}</NavLink>
            </p>
          </section>
        )}
      </main>
    </div>
  )
}
