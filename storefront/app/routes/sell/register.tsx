import { UsraApiError } from "@usra/api-client"
import { Alert, Button, Input } from "@usra/ui"
import { data, Form, Link, redirect, useNavigation } from "react-router"
import { toLocale } from "../../lib/i18n"
import { sellPaths } from "../../lib/sell-paths"
import {
  fieldsNamed,
  readSellerToken,
  sellerApi,
  setSellerToken,
  tokenWithoutFamily,
} from "../../lib/seller.server"
import { PortalPage, usePortal } from "../../modules/portal/ui"
import type { Route } from "./+types/register"
import { portalMeta } from "./meta"

type Problem = "required" | "email" | "password_short" | "too_long" | "check_field"
type Errors = Partial<Record<"email" | "password" | "name_ar" | "name_en" | "member_name", Problem>>

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await readSellerToken(request)
  if (token && !tokenWithoutFamily(token)) throw redirect(sellPaths.home(toLocale(params.lang)))
  // A login made earlier whose family was never created: only the family's names are still needed.
  return { familyOnly: Boolean(token) }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = toLocale(params.lang)
  const form = await request.formData()
  const value = (name: string) => String(form.get(name) ?? "").trim()
  const existing = await readSellerToken(request)
  const familyOnly = Boolean(existing && tokenWithoutFamily(existing))
  const errors: Errors = {}
  const family = { name_ar: value("name_ar"), name_en: value("name_en"), member_name: value("member_name") }
  if (!family.name_ar) errors.name_ar = "required"
  if (!family.name_en) errors.name_en = "required"
  for (const field of ["name_ar", "name_en", "member_name"] as const)
    if (family[field].length > 120) errors[field] = "too_long"
  const email = value("email")
  const password = String(form.get("password") ?? "")
  if (!familyOnly) {
    if (!email) errors.email = "required"
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = "email"
    if (password.length < 8) errors.password = password ? "password_short" : "required"
  }
  const answer = (more: { errors?: Errors; taken?: boolean }, headers?: HeadersInit) =>
    data({ errors: {}, taken: false, email, ...family, ...more }, { status: 400, headers })
  if (Object.keys(errors).length) return answer({ errors })

  let token = familyOnly ? (existing as string) : ""
  if (!familyOnly) {
    try {
      token = await sellerApi().auth.register(email, password)
    } catch (error) {
      if (error instanceof UsraApiError && error.status < 500) return answer({ taken: true })
      throw error
    }
  }
  try {
    await sellerApi(token).family.create({
      name_ar: family.name_ar,
      name_en: family.name_en,
      ...(family.member_name ? { member_name: family.member_name } : {}),
    })
  } catch (error) {
    if (error instanceof UsraApiError && error.status === 400) {
      const named = fieldsNamed(error.message, ["name_ar", "name_en", "member_name"])
      const fieldErrors = Object.fromEntries(named.map((field) => [field, "check_field"])) as Errors
      // The login exists now: keep it, so the next try only creates the family.
      return answer(
        { errors: named.length ? fieldErrors : { name_en: "check_field" } },
        { "set-cookie": await setSellerToken(token) },
      )
    }
    throw error
  }
  // The family's creation named this login its member; a fresh token carries that.
  const member = await sellerApi(token)
    .auth.refresh()
    .catch(() => (familyOnly ? null : sellerApi().auth.login(email, password)))
  if (!member)
    return redirect(sellPaths.login(locale), { headers: { "set-cookie": await setSellerToken(null) } })
  return redirect(sellPaths.application(locale), { headers: { "set-cookie": await setSellerToken(member) } })
}

export const meta: Route.MetaFunction = ({ matches, params }) =>
  portalMeta(matches, params.lang, "register.title")

export default function SellRegister({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = usePortal()
  const busy = useNavigation().state !== "idle"
  const error = (field: keyof Errors) => {
    const problem = actionData?.errors?.[field]
    return problem ? t(`portal.errors.${problem}`) : null
  }
  const familyOnly = loaderData.familyOnly
  return (
    <PortalPage
      title={t("portal.register.title")}
      intro={familyOnly ? t("portal.register.family_only") : t("portal.register.intro")}
      back={false}
    >
      {actionData?.taken ? (
        <Alert tone="error">
          {t("portal.register.email_taken")}{" "}
          <Link to={sellPaths.login(locale)}>{t("portal.register.login_link")}</Link>
        </Alert>
      ) : null}
      <Form method="post" className="portal-form" noValidate>
        <Input
          label={t("portal.register.name_ar")}
          name="name_ar"
          lang="ar"
          dir="rtl"
          defaultValue={actionData?.name_ar}
          error={error("name_ar")}
          maxLength={120}
          required
        />
        <Input
          label={t("portal.register.name_en")}
          name="name_en"
          lang="en"
          dir="ltr"
          hint={t("portal.register.name_en_hint")}
          defaultValue={actionData?.name_en}
          error={error("name_en")}
          maxLength={120}
          required
        />
        <Input
          label={t("portal.register.your_name")}
          name="member_name"
          autoComplete="name"
          defaultValue={actionData?.member_name}
          error={error("member_name")}
          maxLength={120}
        />
        {familyOnly ? null : (
          <>
            <Input
              label={t("portal.register.email")}
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              dir="ltr"
              defaultValue={actionData?.email}
              error={error("email")}
              required
            />
            <Input
              label={t("portal.register.password")}
              name="password"
              type="password"
              autoComplete="new-password"
              hint={t("portal.register.password_hint")}
              error={error("password")}
              minLength={8}
              required
            />
          </>
        )}
        <Button type="submit" size="lg" block busy={busy}>
          {familyOnly ? t("portal.register.family_submit") : t("portal.register.submit")}
        </Button>
      </Form>
      {familyOnly ? null : (
        <p className="portal-switch">
          {t("portal.register.have_account")}{" "}
          <Link to={sellPaths.login(locale)} className="portal-strong-link">
            {t("portal.register.login_link")}
          </Link>
        </p>
      )}
    </PortalPage>
  )
}
