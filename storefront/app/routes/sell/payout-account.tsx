import { UsraApiError } from "@usra/api-client"
import { Button, Input } from "@usra/ui"
import { data, Form, redirect, useNavigation } from "react-router"
import { toLocale } from "../../lib/i18n"
import { sellPaths } from "../../lib/sell-paths"
import { fieldMessages, requireSeller } from "../../lib/seller.server"
import { Choice, Flash, PortalPage, usePortal } from "../../modules/portal/ui"
import type { Route } from "./+types/payout-account"
import { portalMeta } from "./meta"

const FIELDS = ["account_holder_name", "iban", "cliq_alias"] as const
type Errors = Partial<Record<(typeof FIELDS)[number], string>>

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requireSeller(request, toLocale(params.lang))
  return {
    account: await api.money.account(),
    saved: new URL(request.url).searchParams.get("saved") === "1",
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = toLocale(params.lang)
  const { api } = await requireSeller(request, locale)
  const form = await request.formData()
  const value = (name: string) => String(form.get(name) ?? "").trim()
  const method = value("method") === "cliq" ? "cliq" : "bank"
  const holder = value("account_holder_name")
  const entered = {
    account_holder_name: holder,
    iban: value("iban"),
    cliq_alias: value("cliq_alias"),
    method,
  }
  // The name's rules are checked here in the page's words; the IBAN's and alias's come back from the backend,
  // which words them in Arabic and English.
  const errors: Errors = {}
  if (holder.length < 2) errors.account_holder_name = holder ? "check" : "required"
  if (holder.length > 140) errors.account_holder_name = "too_long"
  const target = method === "bank" ? "iban" : "cliq_alias"
  if (!entered[target]) errors[target] = "required"
  if (Object.keys(errors).length) return data({ errors, backend: {} as Errors, entered }, { status: 400 })
  try {
    await api.money.setAccount({ account_holder_name: holder, [target]: entered[target] })
  } catch (error) {
    if (error instanceof UsraApiError && error.status === 400) {
      const backend = fieldMessages(locale, error.message, FIELDS) as Errors
      if (!Object.keys(backend).length) backend[target] = error.message
      return data({ errors: {} as Errors, backend, entered }, { status: 400 })
    }
    throw error
  }
  return redirect(`${sellPaths.payoutAccount(locale)}?saved=1`)
}

export const meta: Route.MetaFunction = ({ matches, params }) =>
  portalMeta(matches, params.lang, "account.title")

export default function SellPayoutAccount({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = usePortal()
  const busy = useNavigation().state !== "idle"
  const { account, saved } = loaderData
  const entered = actionData?.entered
  const problem = (field: keyof Errors) => {
    const code = actionData?.errors?.[field]
    if (code === "check") return t("portal.errors.check_field")
    if (code) return t(`portal.errors.${code}`)
    return actionData?.backend?.[field] ?? null
  }
  const method = entered?.method ?? (account?.cliq_alias ? "cliq" : "bank")
  return (
    <PortalPage title={t("portal.account.title")} intro={t("portal.account.intro")}>
      <Flash ok={saved && !actionData ? t("portal.account.saved") : null} />
      <section className="portal-card" aria-labelledby="current-account">
        <h2 id="current-account">{t("portal.account.current")}</h2>
        {account ? (
          <dl className="portal-facts">
            <div>
              <dt>{t("portal.account.holder")}</dt>
              <dd>{account.account_holder_name}</dd>
            </div>
            {account.iban ? (
              <div>
                <dt>{t("portal.account.iban")}</dt>
                <dd dir="ltr">{account.iban}</dd>
              </div>
            ) : null}
            {account.cliq_alias ? (
              <div>
                <dt>{t("portal.account.cliq_alias")}</dt>
                <dd dir="ltr">{account.cliq_alias}</dd>
              </div>
            ) : null}
          </dl>
        ) : (
          <p>{t("portal.account.none")}</p>
        )}
      </section>
      <Form method="post" className="portal-form" noValidate>
        <Input
          label={t("portal.account.holder")}
          name="account_holder_name"
          autoComplete="name"
          defaultValue={entered?.account_holder_name ?? account?.account_holder_name ?? ""}
          error={problem("account_holder_name")}
          maxLength={140}
          required
        />
        <Choice
          legend={t("portal.account.method")}
          name="method"
          defaultValue={method}
          options={[
            { value: "bank", label: t("portal.account.bank") },
            { value: "cliq", label: t("portal.account.cliq") },
          ]}
        />
        <Input
          label={t("portal.account.iban")}
          name="iban"
          dir="ltr"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          hint={t("portal.account.iban_hint")}
          defaultValue={entered?.iban ?? ""}
          error={problem("iban")}
        />
        <Input
          label={t("portal.account.cliq_alias")}
          name="cliq_alias"
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          hint={t("portal.account.cliq_hint")}
          defaultValue={entered?.cliq_alias ?? ""}
          error={problem("cliq_alias")}
        />
        <Button type="submit" size="lg" block busy={busy}>
          {t("portal.account.save")}
        </Button>
      </Form>
    </PortalPage>
  )
}
