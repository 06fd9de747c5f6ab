import { type CustomerAddress, UsraApiError } from "@usra/api-client"
import { formatMoney } from "@usra/i18n"
import type { StoreShippingEstimate } from "@usra/types"
import { Alert, Button, Input, Price, Stepper } from "@usra/ui"
import { lazy, Suspense, useEffect, useRef, useState } from "react"
import { data, Form, redirect, useFetcher, useNavigation } from "react-router"
import { api } from "../lib/api.server"
import { openCart } from "../lib/cart.server"
import { config, siteOrigin } from "../lib/config.server"
import { countryName, toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { metaMessages, pageMeta } from "../lib/seo"
import { readSession, setCountry, withCookies } from "../lib/session.server"
import { regions } from "../lib/shop.server"
import { useShop } from "../lib/use-shop"
import { AddressFields } from "../modules/addresses/address-fields"
import {
  type AddressErrors,
  addressValues,
  cartAddressOf,
  defaultFirst,
  readAddressForm,
} from "../modules/addresses/address-form"
import { CartLines, CartTotals } from "../modules/cart/cart-summary"
import { cartView } from "../modules/cart/cart-view.server"
import { completeCheckout, type PayProblem } from "../modules/checkout/complete-checkout.server"
import { EmulatorCardForm } from "../modules/checkout/emulator-card-form"
import type { NextAction } from "../modules/checkout/next-action"
import { SavedAddressChoice } from "../modules/checkout/saved-address-choice"
import { SavedCardChoice } from "../modules/checkout/saved-card-choice"
import { confirmWithBank } from "../modules/checkout/stripe-js"
import type { Route } from "./+types/checkout"

const StripeCardForm = lazy(() => import("../modules/checkout/stripe-card-form"))

type Step = "details" | "shipping" | "payment"

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
  const customer = session.token ? api(session.token).customers : null
  const [me, saved] = await Promise.all([
    !email && customer ? customer.me().catch(() => null) : null,
    step === "details" && customer ? customer.addresses.list().catch(() => []) : [],
  ])
  email ??= me?.email ?? null
  // The signed-in buyer's saved cards, offered at the payment step.
  const savedCards = step === "payment" && customer ? await customer.savedCards.list().catch(() => []) : []
  // Back from the bank's 3-D Secure page without an order (see checkout-authenticated.ts).
  const auth = new URL(request.url).searchParams.get("auth")
  const authProblem: PayProblem | null =
    auth === "failed" ? "auth_failed" : auth === "pending" ? "requires_action" : null
  return {
    step,
    cart: view,
    email,
    address: address ? addressValues(address) : null,
    savedAddresses: defaultFirst(saved),
    savedCards,
    signedIn: Boolean(session.token),
    authProblem,
    estimate,
    notServed,
    payment: stripe ? { publishableKey: stripe.publishableKey, emulatorUrl: stripe.emulatorUrl } : null,
    origin: siteOrigin(request),
  }
}

type FieldErrors = AddressErrors & {
  email?: "required" | "invalid_email"
  saved_address?: "not_served" | "gone"
  option_id?: "unavailable"
}
type PayError = { kind: PayProblem; bank: string }
type ActionAnswer = { errors: FieldErrors; payError: PayError | null; next?: NextAction }

const answer = (status: number, body: Partial<ActionAnswer>) =>
  data<ActionAnswer>({ errors: {}, payError: null, ...body }, { status })

export async function action({ request, params }: Route.ActionArgs) {
  const lang = toLocale(params.lang)
  const form = await request.formData()
  const session = await readSession(request)
  const client = api(session.token)
  const cart = await openCart(session)
  if (!cart) return redirect(paths.cart(lang))
  const intent = String(form.get("intent") ?? "")

  if (intent === "details") {
    const email = String(form.get("email") ?? "").trim()
    const errors: FieldErrors = {}
    if (!email) errors.email = "required"
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = "invalid_email"
    const allRegions = await regions()
    const countries = allRegions.flatMap((region) => region.countries)
    // A saved address of the signed-in buyer, or the one typed in.
    const savedId = String(form.get("saved_address") ?? "new")
    let address: ReturnType<typeof readAddressForm>["address"] | null = null
    if (savedId !== "new" && session.token) {
      const saved = (await client.customers.addresses.list().catch(() => [])).find(
        (candidate) => candidate.id === savedId,
      )
      if (!saved) errors.saved_address = "gone"
      else if (!countries.includes(cartAddressOf(saved).country_code)) errors.saved_address = "not_served"
      else address = cartAddressOf(saved)
    } else {
      const typed = readAddressForm(form, countries)
      Object.assign(errors, typed.errors)
      address = typed.address
    }
    if (Object.keys(errors).length || !address) return answer(400, { errors })
    const country = address.country_code
    const region = allRegions.find((candidate) => candidate.countries.includes(country))
    if (!region) return answer(400, { errors: { country_code: "not_served" } })
    if (region.id !== cart.region_id) await client.carts.update(cart.id, { region_id: region.id })
    if (session.token && !cart.customer_id)
      await client.carts.transferToCustomer(cart.id).catch(() => undefined)
    await client.carts.update(cart.id, { email, shipping_address: address, billing_address: address })
    return redirect(`${paths.checkout(lang, "shipping")}`, {
      headers: withCookies(await setCountry(country)),
    })
  }

  if (intent === "shipping") {
    try {
      await client.carts.setShippingMethod(cart.id, String(form.get("option_id") ?? ""))
    } catch (error) {
      // An option that is gone (rates changed, or a tampered form): choose again from what the page shows now.
      if (error instanceof UsraApiError && error.status >= 400 && error.status < 500)
        return answer(400, { errors: { option_id: "unavailable" } })
      throw error
    }
    return redirect(paths.checkout(lang, "payment"))
  }

  if (intent === "pay") {
    const paymentMethod = String(form.get("payment_method") ?? "")
    if (!/^pm_\w+$/.test(paymentMethod)) return answer(400, { payError: { kind: "failed", bank: "" } })
    try {
      const collection = cart.payment_collection ?? (await client.payments.createCollection(cart.id))
      // 3-D Secure comes back to the shop's return page (the emulator's challenge page, or the bank's).
      const returnUrl = `${siteOrigin(request)}${paths.authenticated(lang)}`
      await client.payments.createCardSession(
        collection.id,
        paymentMethod,
        returnUrl,
        form.get("save_card") === "1",
      )
    } catch (error) {
      // A saved card that is not (or no longer) the buyer's is refused before any charge: choose another.
      if (error instanceof UsraApiError && (error.status === 403 || error.status === 400))
        return answer(400, { payError: { kind: "failed", bank: "" } })
      throw error
    }
    // Placing the order authorizes the card; if the bank wants the buyer to confirm, the browser does that
    // first, then completes again (the return page, or intent=complete).
    return complete(true)
  }

  // After Stripe.js's 3-D Secure check in the browser (a real key; the emulator comes back by redirect).
  if (intent === "complete") return complete()

  return answer(400, {})

  async function complete(askTheBank = false) {
    const outcome = await completeCheckout(client, cart as NonNullable<typeof cart>, lang)
    if ("done" in outcome) return outcome.done
    if (askTheBank && outcome.next) return answer(200, { next: outcome.next })
    return answer(402, { payError: { kind: outcome.problem, bank: outcome.bank } })
  }
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
  const { step, cart, estimate, address, payment, savedAddresses } = loaderData
  const navigation = useNavigation()
  const payFetcher = useFetcher<typeof action>()
  const errors = (actionData?.errors ?? {}) as FieldErrors
  const next = payFetcher.data?.next ?? null
  const [bankRefused, setBankRefused] = useState(false)
  const authenticating = next !== null && !bankRefused
  const payError: PayError | null = bankRefused
    ? { kind: "auth_failed", bank: "" }
    : (payFetcher.data?.payError ??
      actionData?.payError ??
      (loaderData.authProblem && payFetcher.state === "idle" && !payFetcher.data
        ? { kind: loaderData.authProblem, bank: "" }
        : null))
  const alertRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (payError) alertRef.current?.focus()
  }, [payError])

  // 3-D Secure: to the emulator's challenge page and back, or Stripe.js's check, then the cart is completed.
  useEffect(() => {
    if (!next || !payment) return
    if (payment.emulatorUrl) {
      if (next.redirectUrl) window.location.assign(next.redirectUrl)
      return
    }
    void confirmWithBank(payment.publishableKey, next.clientSecret).then((confirmed) => {
      if (confirmed) payFetcher.submit({ intent: "complete" }, { method: "post" })
      else setBankRefused(true)
    })
  }, [next, payment, payFetcher.submit])

  const [savedChoice, setSavedChoice] = useState(savedAddresses[0]?.id ?? "new")
  const order: Step[] = ["details", "shipping", "payment"]
  const stepState = (s: Step) =>
    order.indexOf(s) < order.indexOf(step) ? "done" : s === step ? "current" : "upcoming"
  const emailError =
    errors.email === "invalid_email"
      ? t("storefront.checkout.invalid_email")
      : errors.email
        ? t("storefront.checkout.required")
        : null
  const shipping = cart.hasShippingMethod ? cart.shipping : (estimate?.amount ?? null)
  const total = shipping !== null && !cart.hasShippingMethod ? cart.total + shipping : cart.total
  const payLabel = t("storefront.checkout.pay", { amount: formatMoney(total, cart.currency, locale) })
  const pay = (paymentMethod: string, saveCard = false) => {
    setBankRefused(false)
    payFetcher.submit(
      { intent: "pay", payment_method: paymentMethod, save_card: saveCard ? "1" : "" },
      { method: "post" },
    )
  }
  const busy = navigation.state !== "idle"
  const payMessage: Record<PayProblem, string> = {
    declined: t("storefront.checkout.declined"),
    requires_action: t("storefront.checkout.auth_pending"),
    auth_failed: t("storefront.checkout.auth_failed"),
    failed: t("storefront.checkout.payment_error"),
  }

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
                error={emailError}
              />
              {savedAddresses.length ? (
                <SavedAddressChoice
                  addresses={savedAddresses}
                  value={savedChoice}
                  onChange={setSavedChoice}
                  describe={(saved: CustomerAddress) => countryName(saved.country_code ?? "", locale)}
                  error={
                    errors.saved_address === "not_served"
                      ? t("storefront.checkout.not_served")
                      : errors.saved_address
                        ? t("storefront.addresses.not_found")
                        : null
                  }
                />
              ) : null}
              {savedChoice === "new" ? (
                <AddressFields
                  values={address}
                  errors={errors}
                  countries={shop?.countries ?? []}
                  defaultCountry={shop?.country ?? ""}
                />
              ) : null}
              <Button type="submit" size="lg" busy={busy}>
                {t("storefront.checkout.continue")}
              </Button>
            </Form>
          ) : null}

          {step === "shipping" && estimate ? (
            <Form method="post" className="checkout-form">
              <input type="hidden" name="intent" value="shipping" />
              {errors.option_id ? (
                <Alert tone="error">{t("storefront.checkout.shipping_unavailable")}</Alert>
              ) : null}
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
                {payError && !authenticating ? <Alert tone="error">{payMessage[payError.kind]}</Alert> : null}
                {authenticating ? <Alert tone="info">{t("storefront.checkout.authenticating")}</Alert> : null}
              </div>
              {payment ? (
                <SavedCardChoice
                  cards={loaderData.savedCards}
                  canSave={loaderData.signedIn}
                  payLabel={payLabel}
                  busy={payFetcher.state !== "idle" || authenticating}
                  onPay={pay}
                  renderNewCard={(onPaymentMethod) =>
                    payment.emulatorUrl ? (
                      <EmulatorCardForm
                        emulatorUrl={payment.emulatorUrl}
                        publishableKey={payment.publishableKey}
                        payLabel={payLabel}
                        busy={payFetcher.state !== "idle" || authenticating}
                        onPaymentMethod={onPaymentMethod}
                      />
                    ) : (
                      <Suspense fallback={<p>{t("common.loading")}</p>}>
                        <StripeCardForm
                          publishableKey={payment.publishableKey}
                          locale={locale}
                          payLabel={payLabel}
                          busy={payFetcher.state !== "idle" || authenticating}
                          onPaymentMethod={onPaymentMethod}
                        />
                      </Suspense>
                    )
                  }
                />
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
