import { UsraApiError } from "@usra/api-client/admin"
import { LOCALE_NAMES } from "@usra/i18n"
import { Alert, Button, Input } from "@usra/ui"
import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Navigate, useNavigate, useSearchParams } from "react-router"
import { useLogin, useMe } from "../../hooks/api/me"
import { safeNext } from "../../lib/safe-next"
import { useLocale } from "../../lib/use-locale"

export function Component() {
  const { t, locale } = useLocale()
  const { i18n } = useTranslation()
  const other = locale === "ar" ? "en" : "ar"
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const me = useMe()
  const login = useLogin()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const next = safeNext(params.get("next"))

  if (me.data) return <Navigate to={next} replace />

  const submit = (event: FormEvent) => {
    event.preventDefault()
    login.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next, { replace: true }) })
  }
  const failed =
    login.error instanceof UsraApiError && (login.error.status === 401 || login.error.status === 400)
      ? t("admin.auth.failed")
      : login.error
        ? t("admin.common.error", { message: login.error.message })
        : null

  return (
    <main id="main" className="login">
      <div className="login-card">
        <div className="row row--end">
          <Button variant="secondary" lang={other} onClick={() => void i18n.changeLanguage(other)}>
            {LOCALE_NAMES[other]}
          </Button>
        </div>
        <h1>{t("admin.auth.title")}</h1>
        <p>{t("admin.auth.intro")}</p>
        <form onSubmit={submit} noValidate={false}>
          <Input
            label={t("admin.auth.email")}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <Input
            label={t("admin.auth.password")}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          {failed ? <Alert tone="error">{failed}</Alert> : null}
          <Button type="submit" block busy={login.isPending}>
            {t("admin.auth.submit")}
          </Button>
        </form>
        <p className="muted">{t("admin.auth.session_note")}</p>
      </div>
    </main>
  )
}
