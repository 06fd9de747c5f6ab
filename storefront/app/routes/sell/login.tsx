import { UsraApiError } from "@usra/api-client"
import { Alert, Button, Input } from "@usra/ui"
import { data, Form, Link, redirect, useNavigation } from "react-router"
import { toLocale } from "../../lib/i18n"
import { sellPaths } from "../../lib/sell-paths"
import { readSellerToken, sellerApi, setSellerToken, tokenWithoutFamily } from "../../lib/seller.server"
import { PortalPage, usePortal } from "../../modules/portal/ui"
import type { Route } from "./+types/login"
import { portalMeta } from "./meta"

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await readSellerToken(request)
  if (token) throw redirect(sellPaths.home(toLocale(params.lang)))
  return null
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = toLocale(params.lang)
  const form = await request.formData()
  const email = String(form.get("email") ?? "").trim()
  const password = String(form.get("password") ?? "")
  if (!email || !password) return data({ problem: "wrong" as const, email }, { status: 400 })
  try {
    const token = await sellerApi().auth.login(email, password)
    const next = tokenWithoutFamily(token) ? sellPaths.register(locale) : sellPaths.home(locale)
    return redirect(next, { headers: { "set-cookie": await setSellerToken(token) } })
  } catch (error) {
    if (error instanceof UsraApiError && error.status < 500) {
      return data({ problem: "wrong" as const, email }, { status: 400 })
    }
    throw error
  }
}

export const meta: Route.MetaFunction = ({ matches, params }) =>
  portalMeta(matches, params.lang, "login.title")

export default function SellLogin({ actionData }: Route.ComponentProps) {
  const { t, locale } = usePortal()
  const busy = useNavigation().state !== "idle"
  return (
    <PortalPage title={t("portal.login.title")} intro={t("portal.login.intro")} back={false}>
      {actionData?.problem ? <Alert tone="error">{t("portal.login.wrong")}</Alert> : null}
      <Form method="post" className="portal-form">
        <Input
          label={t("portal.login.email")}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          dir="ltr"
          defaultValue={actionData?.email}
          required
        />
        <Input
          label={t("portal.login.password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <Button type="submit" size="lg" block busy={busy}>
          {t("portal.login.submit")}
        </Button>
      </Form>
      <p className="portal-switch">
        {t("portal.login.new_here")}{" "}
        <Link to={sellPaths.register(locale)} className="portal-strong-link">
          {t("portal.login.register_link")}
        </Link>
      </p>
    </PortalPage>
  )
}
