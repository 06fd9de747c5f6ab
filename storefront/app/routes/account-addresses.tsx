import { type CustomerAddress, UsraApiError } from "@usra/api-client"
import { Alert, Button, Checkbox } from "@usra/ui"
import { useEffect, useRef } from "react"
import { data, Form, Link, redirect, useNavigation } from "react-router"
import { api } from "../lib/api.server"
import { siteOrigin } from "../lib/config.server"
import { countryName, toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { metaMessages, pageMeta } from "../lib/seo"
import { readSession } from "../lib/session.server"
import { regions } from "../lib/shop.server"
import { useShop } from "../lib/use-shop"
import { AddressFields } from "../modules/addresses/address-fields"
import {
  type AddressErrors,
  type AddressValues,
  addressLine,
  addressValues,
  defaultFirst,
  readAddressForm,
} from "../modules/addresses/address-form"
import type { Route } from "./+types/account-addresses"

const DONE = ["saved", "deleted", "default_changed"] as const
type Done = (typeof DONE)[number]

/** The signed-in buyer's saved addresses; anyone else is sent to sign in and brought back. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = toLocale(params.lang)
  const session = await readSession(request)
  const here = paths.addresses(lang)
  if (!session.token) throw redirect(`${paths.account(lang)}?redirect_to=${encodeURIComponent(here)}`)
  const addresses = await api(session.token)
    .customers.addresses.list()
    .catch((error: unknown) => {
      if (error instanceof UsraApiError && error.isUnauthorized)
        throw redirect(`${paths.account(lang)}?redirect_to=${encodeURIComponent(here)}`)
      throw error
    })
  const search = new URL(request.url).searchParams
  const done = DONE.find((value) => value === search.get("done")) ?? null
  const editing = addresses.find((address) => address.id === search.get("edit"))?.id ?? null
  return { addresses: defaultFirst(addresses), done, editing, origin: siteOrigin(request) }
}

type Failure = {
  intent: string
  id: string | null
  errors: AddressErrors
  values: AddressValues | null
  problem: string | null
}

/**
 * intent=create|update|delete|default (with `id` for all but create). Bad input: 400 with each field's problem
 * (a required field empty, a country the shop does not deliver to) and the form kept as typed; the backend's
 * own refusal: 400 with its message; an address that is not the buyer's (or gone): 404; signed out: 401.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const lang = toLocale(params.lang)
  const session = await readSession(request)
  const form = await request.formData()
  const intent = String(form.get("intent") ?? "")
  const id = String(form.get("id") ?? "") || null
  const fail = (status: number, failure: Partial<Failure>) =>
    data<Failure>({ intent, id, errors: {}, values: null, problem: null, ...failure }, { status })
  if (!session.token) return fail(401, { problem: "sign_in" })
  if (intent !== "create" && !id) return fail(400, { problem: "not_found" })
  const addresses = api(session.token).customers.addresses
  const back = (done: Done) => redirect(`${paths.addresses(lang)}?done=${done}`)
  try {
    if (intent === "delete" && id) {
      await addresses.remove(id)
      return back("deleted")
    }
    if (intent === "default" && id) {
      await addresses.update(id, { is_default_shipping: true })
      return back("default_changed")
    }
    if (intent !== "create" && intent !== "update") return fail(400, { problem: "intent" })
    const countries = (await regions()).flatMap((region) => region.countries)
    const { address, errors } = readAddressForm(form, countries)
    if (Object.keys(errors).length) return fail(400, { errors, values: addressValues(address) })
    const input = { ...address, ...(form.get("is_default_shipping") ? { is_default_shipping: true } : {}) }
    if (intent === "create") await addresses.create(input)
    else if (id) await addresses.update(id, input)
    return back("saved")
  } catch (error) {
    if (error instanceof UsraApiError && error.isNotFound) return fail(404, { problem: "not_found" })
    if (error instanceof UsraApiError && error.isUnauthorized) return fail(401, { problem: "sign_in" })
    if (error instanceof UsraApiError && error.status < 500) return fail(400, { problem: error.message })
    throw error
  }
}

export function meta({ data: loaded, params, matches }: Route.MetaArgs) {
  const locale = toLocale(params.lang)
  const m = metaMessages(matches)
  if (!loaded || !m) return []
  return pageMeta({
    origin: loaded.origin,
    locale,
    path: `/${locale}/account/addresses`,
    title: `${m.storefront.addresses.title} · ${m.app.name}`,
    description: m.storefront.seo.listing_description,
    noindex: true,
  })
}

function AddressForm(props: {
  intent: "create" | "update"
  address: CustomerAddress | null
  failure: Failure | null
  idPrefix: string
}) {
  const { t, shop } = useShop()
  const busy = useNavigation().state !== "idle"
  const failure = props.failure
  return (
    <Form method="post" className="checkout-form" noValidate>
      <input type="hidden" name="intent" value={props.intent} />
      {props.address ? <input type="hidden" name="id" value={props.address.id} /> : null}
      <AddressFields
        idPrefix={props.idPrefix}
        values={failure?.values ?? (props.address ? addressValues(props.address) : null)}
        errors={failure?.errors ?? {}}
        countries={shop?.countries ?? []}
        defaultCountry={shop?.country ?? ""}
      />
      {props.address?.is_default_shipping ? null : (
        <Checkbox
          id={`${props.idPrefix}-default`}
          name="is_default_shipping"
          value="1"
          label={t("storefront.addresses.set_default")}
        />
      )}
      <div className="filters__actions">
        <Button type="submit" busy={busy}>
          {t("storefront.addresses.save")}
        </Button>
        {props.address ? <Link to="?">{t("storefront.addresses.cancel")}</Link> : null}
      </div>
    </Form>
  )
}

export default function AccountAddresses({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useShop()
  const { addresses, done, editing } = loaderData
  const failure = (actionData ?? null) as Failure | null
  const name = (address: CustomerAddress) => addressLine(address, (code) => countryName(code, locale))
  const problem = failure?.problem
    ? ["not_found", "sign_in"].includes(failure.problem)
      ? t(`storefront.addresses.${failure.problem}`)
      : t("storefront.addresses.failed", { reason: failure.problem })
    : null
  const messageRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (done || problem) messageRef.current?.focus()
  }, [done, problem])
  return (
    <div className="narrow">
      <p>
        <Link to={paths.account(locale)}>{t("storefront.addresses.back")}</Link>
      </p>
      <h1>{t("storefront.addresses.title")}</h1>
      <div ref={messageRef} tabIndex={-1}>
        {done ? <Alert tone="success">{t(`storefront.addresses.${done}`)}</Alert> : null}
        {problem ? <Alert tone="error">{problem}</Alert> : null}
      </div>
      {addresses.length === 0 ? (
        <p className="notice">{t("storefront.addresses.none")}</p>
      ) : (
        <ul className="line-list address-list" data-testid="addresses">
          {addresses.map((address) => (
            <li key={address.id} className="address-item">
              {editing === address.id ? (
                <section aria-labelledby={`edit-${address.id}`}>
                  <h2 id={`edit-${address.id}`}>
                    {t("storefront.addresses.edit_title", { name: name(address) })}
                  </h2>
                  <AddressForm
                    intent="update"
                    address={address}
                    idPrefix={`edit-${address.id}`}
                    failure={failure?.intent === "update" && failure.id === address.id ? failure : null}
                  />
                </section>
              ) : (
                <>
                  <p className="address-item__text">
                    {name(address)}
                    {address.phone ? <span dir="ltr"> · {address.phone}</span> : null}
                    {address.is_default_shipping ? (
                      <strong className="address-item__default">
                        {" "}
                        · {t("storefront.addresses.default")}
                      </strong>
                    ) : null}
                  </p>
                  <div className="address-item__actions">
                    <Link
                      to={`?edit=${address.id}`}
                      aria-label={t("storefront.addresses.edit_title", { name: name(address) })}
                    >
                      {t("storefront.addresses.edit")}
                    </Link>
                    {address.is_default_shipping ? null : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="default" />
                        <input type="hidden" name="id" value={address.id} />
                        <Button
                          type="submit"
                          variant="secondary"
                          aria-label={t("storefront.addresses.make_default_label", { name: name(address) })}
                        >
                          {t("storefront.addresses.make_default")}
                        </Button>
                      </Form>
                    )}
                    <Form method="post">
                      <input type="hidden" name="intent" value="delete" />
                      <input type="hidden" name="id" value={address.id} />
                      <Button
                        type="submit"
                        variant="ghost"
                        aria-label={t("storefront.addresses.delete_label", { name: name(address) })}
                      >
                        {t("storefront.addresses.delete")}
                      </Button>
                    </Form>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="add-address">
        <h2 id="add-address">{t("storefront.addresses.add")}</h2>
        <AddressForm
          intent="create"
          address={null}
          idPrefix="new-address"
          failure={failure?.intent === "create" ? failure : null}
        />
      </section>
    </div>
  )
}
