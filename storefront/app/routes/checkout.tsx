import { UsraApiError } from "@usra/api-client"
import { formatMoney } from "@usra/i18n"
import type { StoreShippingEstimate } from "@usra/types"
import { Alert, Button, Input, Price, Select, Stepper } from "@usra/ui"
import { lazy, Suspense, useEffect, useRef } from "react"
import { data, Form, redirect, useFetcher, useNavigation } from "react-router"
import { api } from "../lib/api.server"
import { openCart } from "../lib/cart.server"
import { config, siteOrigin } from "../lib/config.server"
import { toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { metaMessages, pageMeta } from "../lib/seo"
import { readSession, setCart, setCountry, setLastOrder, withCookies } from "../lib/session.server"
import { regions } from "../lib/shop.server"
import { useShop } from "../lib/use-shop"
import { CartLines, CartTotals } from "../modules/cart/cart-summary"
import { cartView } from "../modules/cart/cart-view.server"
import { EmulatorCardForm } from "../modules/checkout/emulator-card-form"
import type { Route } from "./+types/checkout"

const StripeCardForm = lazy(() => import("../modules/checkout/stripe-card-form"))

type Step = "details" | "shipping" | "payment"
const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "address_1",
  "city",
  "postal_code",
  "country_code",
] as const

export async function loader({ request }: Route.LoaderArgs) {
  const session = await readSession(request)
  const cart = await openCart(session)
  if (!cart || (cart.items ?? []).length === 0)
    throw redirect(`/${new URL(request.url).pathname.split("/")[1]}/cart`)
  const view = await cartView(cart, session.token)
  const address = cart.shipping_address
  const hasDetails = Boolean(cart.email && address?.country_code && address.address_1)
  let estimate: StoreShippingEstimate | null = null
  let notServed = false
  if (hasDetails) {
    estimate = await api()
      .carts.shippingEstimate(cart.id)
      .catch((error: unknown) => {
        if (error instanceof UsraApiError && error.isNotFound) notServed = true
        return null
      })
  }
  const asked = new URL(request.url).searchParams.get("step")
  let step: Step = "details"
  if (hasDetails && estimate) step = asked === "details" ? "details" : "shipping"
  if (step === "shipping" && view.hasShippingMethod && asked !== "shipping") step = "payment"
  const stripe = config().stripe
  let email = cart.email
  if (!email && session.token)
    email = await api(session.token)
      .customers.me()
      .then(
        (c) => c.email,
        () => null,
      )
  return {
    step,
    cart: view,
    email,
    address: address
      ? Object.fromEntries(
          ADDRESS_FIELDS.map((field) => [field, address[field] ?? ""]).concat([
            ["phone", address.phone ?? ""],
          ]),
        )
      : null,
    estimate,
    notServed,
    payment: stripe ? { publishableKey: stripe.publishableKey, emulatorUrl: stripe.emulatorUrl } : null,
    origin: siteOrigin(request),
  }
}

type FieldErrors = Partial<Record<string, "required" | "invalid_email">>

export async function action({ request, params }: Route.ActionArgs) {
  const lang = toLocale(params.lang)
  const form = await request.formData()
  const session = await readSession(request)
  const client = api(session.token)
  const cart = await openCart(session)
  if (!cart) return redirect(paths.cart(lang))
  const intent = String(form.get("intent") ?? "")

  if (intent === "details") {
    const value = (name: string) => String(form.get(name) ?? "").trim()
    const errors: FieldErrors = {}
    const email = value("email")
    if (!email) errors.email = "required"
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = "invalid_email"
    for (const field of ADDRESS_FIELDS) if (!value(field)) errors[field] = "required"
    if (Object.keys(errors).length) return data({ errors, payError: null }, { status: 400 })
    const country = value("country_code").toLowerCase()
    const region = (await regions()).find((candidate) => candidate.countries.includes(country))
    if (!region)
      return data({ errors: { country_code: "required" } as FieldErrors, payError: null }, { status: 400 })
    if (region.id !== cart.region_id) await client.carts.update(cart.id, { region_id: region.id })
    if (session.token && !cart.customer_id)
      await client.carts.transferToCustomer(cart.id).catch(() => undefined)
    const address = {
      first_name: value("first_name"),
      last_name: value("last_name"),
      address_1: value("address_1"),
      city: value("city"),
      postal_code: value("postal_code"),
      country_code: country,
      ...(value("phone") ? { phone: value("phone") } : {}),
    }
    await client.carts.update(cart.id, { email, shipping_address: address, billing_address: address })
    return redirect(`${paths.checkout(lang, "shipping")}`, {
      headers: withCookies(await setCountry(country)),
    })
  }

  if (intent === "shipping") {
    await client.carts.setShippingMethod(cart.id, String(form.get("option_id") ?? ""))
    return redirect(paths.checkout(lang, "payment"))
  }

  if (intent === "pay") {
    const paymentMethod = String(form.get("payment_method") ?? "")
    try {
      const collection = cart.payment_collection ?? (await client.payments.createCollection(cart.id))
      await client.payments.createCardSession(collection.id, paymentMethod)
    } catch (error) {
      if (error instanceof UsraApiError && error.isCardDeclined)
        return data(
          { errors: {} as FieldErrors, payError: { kind: "declined" as const, bank: error.message } },
          { status: 402 },
        )
      throw error
    }
    const completed = await client.carts.complete(cart.id)
    if (completed.type === "order") {
      const order = completed.order
      return redirect(paths.confirmed(lang), {
        headers: withCookies(
          await setLastOrder({ email: order.email ?? cart.email ?? "", display_id: order.display_id }),
          await setCart(null),
        ),
      })
    }
    const kind =
      completed.error?.type === "payment_requires_more_error"
        ? ("requires_action" as const)
        : ("failed" as const)
    return data(
      { errors: {} as FieldErrors, payError: { kind, bank: completed.error?.message ?? "" } },
      { status: 402 },
    )
  }
  return data({ errors: {} as FieldErrors, payError: null }, { status: 400 })
}

export function meta({ data: loaded, params, matches }: Route.MetaArgs) {
  const locale = toLocale(params.lang)
  const m = metaMessages(matches)
  if (!loaded || !m) return []
  return pageMeta({
    origin: loaded.origin,
    locale,
    path: `/${locale}/checkout`,
    title: `${m.storefront.checkout.title} · ${m.app.name}`,
    description: m.storefront.seo.listing_description,
    noindex: true,
  })
}

export default function Checkout({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale, shop } = useShop()
  const { step, cart, estimate, address, payment } = loaderData
  const navigation = useNavigation()
  const payFetcher = useFetcher<typeof action>()
  const errors = (actionData?.errors ?? {}) as FieldErrors
  const payError = payFetcher.data?.payError ?? actionData?.payError ?? null
  const alertRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (payError) alertRef.current?.focus()
  }, [payError])

  const order: Step[] = ["details", "shipping", "payment"]
  const stepState = (s: Step) =>
    order.indexOf(s) < order.indexOf(step) ? "done" : s === step ? "current" : "upcoming"
  const fieldError = (name: string) => {
    const problem = errors[name]
    return problem === "invalid_email"
      ? t("storefront.checkout.invalid_email")
      : problem
        ? t("storefront.checkout.required")
        : null
  }
  const shipping = cart.hasShippingMethod ? cart.shipping : (estimate?.amount ?? null)
  const total = shipping !== null && !cart.hasShippingMethod ? cart.total + shipping : cart.total
  const payLabel = t("storefront.checkout.pay", { amount: formatMoney(total, cart.currency, locale) })
  const pay = (paymentMethod: string) =>
    payFetcher.submit({ intent: "pay", payment_method: paymentMethod }, { method: "post" })
  const busy = navigation.state !== "idle"

  return (
    <div className="checkout-page">
      <h1>{t("storefront.checkout.title")}</h1>
      <Stepper
        label={t("storefront.checkout.steps")}
        steps={[
          {
            label: t("storefront.checkout.step_address"),
            state: stepState("details"),
            href: "?step=details",
          },
          {
            label: t("storefront.checkout.step_shipping"),
            state: stepState("shipping"),
            href: "?step=shipping",
          },
          { label: t("storefront.checkout.step_payment"), state: stepState("payment") },
        ]}
      />
      <div className="cart-layout">
        <div>
          {step === "details" ? (
            <Form method="post" noValidate className="checkout-form">
              <input type="hidden" name="intent" value="details" />
              {loaderData.notServed ? (
                <Alert tone="error">{t("storefront.checkout.not_served")}</Alert>
              ) : null}
              <Input
                label={t("storefront.checkout.email")}
                name="email"
                type="email"
                autoComplete="email"
                defaultValue={loaderData.email ?? ""}
                required
                error={fieldError("email")}
              />
              <div className="form-row">
                <Input
                  label={t("storefront.checkout.first_name")}
                  name="first_name"
                  autoComplete="given-name"
                  defaultValue={address?.first_name ?? ""}
                  required
                  error={fieldError("first_name")}
                />
                <Input
                  label={t("storefront.checkout.last_name")}
                  name="last_name"
                  autoComplete="family-name"
                  defaultValue={address?.last_name ?? ""}
                  required
                  error={fieldError("last_name")}
                />
              </div>
              <Input
                label={t("storefront.checkout.address_1")}
                name="address_1"
                autoComplete="address-line1"
                defaultValue={address?.address_1 ?? ""}
                required
                error={fieldError("address_1")}
              />
              <div className="form-row">
                <Input
                  label={t("storefront.checkout.city")}
                  name="city"
                  autoComplete="address-level2"
                  defaultValue={address?.city ?? ""}
                  required
                  error={fieldError("city")}
                />
                <Input
                  label={t("storefront.checkout.postal_code")}
                  name="postal_code"
                  autoComplete="postal-code"
                  defaultValue={address?.postal_code ?? ""}
                  required
                  error={fieldError("postal_code")}
                />
              </div>
              <Select
                label={t("storefront.checkout.country")}
                name="country_code"
                autoComplete="country"
                defaultValue={address?.country_code || shop?.country || ""}
                required
                error={fieldError("country_code")}
              >
                {(shop?.countries ?? []).map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </Select>
              <Input
                label={t("storefront.checkout.phone")}
                name="phone"
                type="tel"
                autoComplete="tel"
                defaultValue={address?.phone ?? ""}
              />
              <Button type="submit" size="lg" busy={busy}>
                {t("storefront.checkout.continue")}
              </Button>
            </Form>
          ) : null}

          {step === "shipping" && estimate ? (
            <Form method="post" className="checkout-form">
              <input type="hidden" name="intent" value="shipping" />
              <fieldset>
                <legend>{t("storefront.checkout.shipping_option")}</legend>
                <label className="shipping-option">
                  <input type="radio" name="option_id" value={estimate.option_id} defaultChecked required />
                  <span>
                    {t("storefront.checkout.shipping_parcel", {
                      weight: (estimate.total_weight_g / 1000).toFixed(1),
                    })}
                    <br />
                    {t("storefront.checkout.delivery_estimate", {
                      min: estimate.delivery_days.min,
                      max: estimate.delivery_days.max,
                    })}
                  </span>
                  <Price amount={estimate.amount} currency={estimate.currency_code} locale={locale} />
                </label>
              </fieldset>
              <Button type="submit" size="lg" busy={busy}>
                {t("storefront.checkout.continue")}
              </Button>
            </Form>
          ) : null}

          {step === "payment" ? (
            <section aria-labelledby="payment-heading" className="checkout-form">
              <h2 id="payment-heading">{t("storefront.checkout.step_payment")}</h2>
              {estimate ? (
                <p className="hint">
                  {t("storefront.checkout.delivery_estimate", {
                    min: estimate.delivery_days.min,
                    max: estimate.delivery_days.max,
                  })}
                </p>
              ) : null}
              <div ref={alertRef} tabIndex={-1} className="pay-error">
                {payError ? (
                  <Alert tone="error">
                    {payError.kind === "declined"
                      ? t("storefront.checkout.declined")
                      : payError.kind === "requires_action"
                        ? t("storefront.checkout.requires_action")
                        : t("storefront.checkout.payment_error")}
                  </Alert>
                ) : null}
              </div>
              {payment?.emulatorUrl ? (
                <EmulatorCardForm
                  emulatorUrl={payment.emulatorUrl}
                  publishableKey={payment.publishableKey}
                  payLabel={payLabel}
                  busy={payFetcher.state !== "idle"}
                  onPaymentMethod={pay}
                />
              ) : payment ? (
                <Suspense fallback={<p>{t("common.loading")}</p>}>
                  <StripeCardForm
                    publishableKey={payment.publishableKey}
                    locale={locale}
                    payLabel={payLabel}
                    busy={payFetcher.state !== "idle"}
                    onPaymentMethod={pay}
                  />
                </Suspense>
              ) : (
                <Alert tone="error">{t("storefront.checkout.payment_error")}</Alert>
              )}
            </section>
          ) : null}
        </div>
        <aside className="cart-summary" aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t("storefront.checkout.summary")}</h2>
          <CartLines cart={cart} />
          <CartTotals cart={cart} shipping={shipping} />
        </aside>
      </div>
    </div>
  )
}
