import { type CustomerAddress, type SavedCard, UsraApiError } from "@usra/api-client"
import { toMinor } from "@usra/i18n"
import { Alert, Button, Input, Price } from "@usra/ui"
import { data, Form, Link, redirect, useNavigation } from "react-router"
import { api } from "../lib/api.server"
import { siteOrigin } from "../lib/config.server"
import { countryName, toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { metaMessages, pageMeta } from "../lib/seo"
import { readSession, setCustomer, withCookies } from "../lib/session.server"
import { useShop } from "../lib/use-shop"
import { SavedCards } from "../modules/account/saved-cards"
import { addressLine, defaultFirst } from "../modules/addresses/address-form"
import { FavouriteButton } from "../modules/favourites/favourite-button"
import { Stars } from "../modules/reviews/reviews"
import type { Route } from "./+types/account"

export async function loader({ request }: Route.LoaderArgs) {
  const session = await readSession(request)
  const origin = siteOrigin(request)
  const back = new URL(request.url).searchParams.get("redirect_to") ?? ""
  const none = {
    customer: null,
    orders: [],
    favourites: [],
    reviews: [],
    awaiting: [],
    defaultAddress: null as CustomerAddress | null,
    savedCards: [] as SavedCard[],
    origin,
    back,
  }
  if (!session.token) return none
  try {
    const client = api(session.token)
    const [customer, { orders }, favourites, mine, addresses, savedCards] = await Promise.all([
      client.customers.me(),
      client.orders.list({ limit: 20 }),
      client.favourites.list().catch(() => null),
      client.reviews.mine().catch(() => null),
      client.customers.addresses.list().catch(() => []),
      client.customers.savedCards.list().catch(() => []),
    ])
    return {
      ...none,
      customer,
      orders,
      favourites: favourites?.favourites ?? [],
      reviews: mine?.reviews ?? [],
      awaiting: mine?.awaiting_review ?? [],
      defaultAddress: defaultFirst(addresses)[0] ?? null,
      savedCards,
    }
  } catch (error) {
    if (error instanceof UsraApiError && error.isUnauthorized) {
      return data(none, { headers: withCookies(await setCustomer(null)) })
    }
    throw error
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = toLocale(params.lang)
  const form = await request.formData()
  const intent = String(form.get("intent") ?? "")
  if (intent === "sign-out")
    return redirect(paths.account(lang), { headers: withCookies(await setCustomer(null)) })
  if (intent === "review") return reviewAction(request, form)
  const email = String(form.get("email") ?? "").trim()
  const password = String(form.get("password") ?? "")
  const session = await readSession(request)
  try {
    const token =
      intent === "register"
        ? (
            await api().customers.register({
              email,
              password,
              first_name: String(form.get("first_name") ?? "").trim() || undefined,
              last_name: String(form.get("last_name") ?? "").trim() || undefined,
            })
          ).token
        : await api().customers.login(email, password)
    if (session.cartId)
      await api(token)
        .carts.transferToCustomer(session.cartId)
        .catch(() => undefined)
    const back = String(form.get("redirect_to") ?? "")
    const target = back.startsWith(`/${lang}/`) ? back : paths.account(lang)
    return redirect(target, { headers: withCookies(await setCustomer(token)) })
  } catch (error) {
    if (error instanceof UsraApiError && error.status < 500) {
      const problem = intent === "register" && error.status !== 401 ? "email_taken" : "wrong_login"
      return data({ intent, problem }, { status: 400 })
    }
    throw error
  }
}

/** A buyer reviews a delivered item: 1 to 5 stars and a few words. */
async function reviewAction(request: Request, form: FormData) {
  const session = await readSession(request)
  const lineItemId = String(form.get("line_item_id") ?? "")
  const rating = Number(form.get("rating"))
  const text = String(form.get("text") ?? "").trim()
  const fail = (problem: string) =>
    data({ intent: "review", problem, line_item_id: lineItemId }, { status: 400 })
  if (!session.token) return fail("wrong_login")
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return fail("rating")
  if (text.length < 2 || text.length > 2000) return fail("text")
  try {
    await api(session.token).reviews.create({
      order_id: String(form.get("order_id") ?? ""),
      line_item_id: lineItemId,
      rating,
      text,
    })
  } catch (error) {
    if (error instanceof UsraApiError && error.status < 500) return fail(error.message)
    throw error
  }
  return data({ intent: "review", problem: null, line_item_id: lineItemId, reviewed: true })
}

export function meta({ data: loaded, params, matches }: Route.MetaArgs) {
  const locale = toLocale(params.lang)
  const m = metaMessages(matches)
  if (!loaded || !m) return []
  return pageMeta({
    origin: loaded.origin,
    locale,
    path: `/${locale}/account`,
    title: `${m.storefront.account.title} · ${m.app.name}`,
    description: m.storefront.seo.listing_description,
    noindex: true,
  })
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useShop()
  const navigation = useNavigation()
  const busy = navigation.state !== "idle"
  const { customer, orders, favourites, reviews, awaiting, defaultAddress } = loaderData
  if (!customer) {
    return (
      <div className="account-forms">
        <section aria-labelledby="sign-in-heading">
          <h1 id="sign-in-heading">{t("storefront.account.sign_in")}</h1>
          {actionData?.intent === "sign-in" ? (
            <Alert tone="error">{t(`storefront.account.${actionData.problem}`)}</Alert>
          ) : null}
          <Form method="post" className="checkout-form">
            <input type="hidden" name="intent" value="sign-in" />
            <input type="hidden" name="redirect_to" value={loaderData.back} />
            <Input
              label={t("storefront.account.email")}
              name="email"
              type="email"
              autoComplete="email"
              required
            />
            <Input
              label={t("storefront.account.password")}
              name="password"
              type="password"
              autoComplete="current-password"
              required
            />
            <Button type="submit" busy={busy}>
              {t("storefront.account.sign_in")}
            </Button>
          </Form>
        </section>
        <section aria-labelledby="register-heading">
          <h2 id="register-heading">{t("storefront.account.register")}</h2>
          <p>{t("storefront.account.no_account")}</p>
          {actionData?.intent === "register" ? (
            <Alert tone="error">{t(`storefront.account.${actionData.problem}`)}</Alert>
          ) : null}
          <Form method="post" className="checkout-form">
            <input type="hidden" name="intent" value="register" />
            <input type="hidden" name="redirect_to" value={loaderData.back} />
            <div className="form-row">
              <Input label={t("storefront.account.first_name")} name="first_name" autoComplete="given-name" />
              <Input label={t("storefront.account.last_name")} name="last_name" autoComplete="family-name" />
            </div>
            <Input
              label={t("storefront.account.email")}
              name="email"
              type="email"
              autoComplete="email"
              required
            />
            <Input
              label={t("storefront.account.password")}
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={8}
              hint={t("storefront.account.password_hint")}
              required
            />
            <Button type="submit" variant="secondary" busy={busy}>
              {t("storefront.account.register")}
            </Button>
          </Form>
        </section>
      </div>
    )
  }
  return (
    <div className="narrow">
      <h1>{t("storefront.account.title")}</h1>
      <p>{t("storefront.account.hello", { name: customer.first_name || customer.email })}</p>
      <h2>{t("storefront.account.orders")}</h2>
      {orders.length === 0 ? (
        <p>{t("storefront.account.no_orders")}</p>
      ) : (
        <ul className="line-list" data-testid="account-orders">
          {orders.map((order) => (
            <li key={order.id} className="line">
              <Link to={paths.accountOrder(locale, order.id)}>
                {t("storefront.account.order", { number: order.display_id })}
              </Link>
              <span>{t(`storefront.order_status.${order.status}`, { defaultValue: order.status })}</span>
              <Price
                amount={toMinor(order.total, order.currency_code)}
                currency={order.currency_code}
                locale={locale}
              />
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="addresses-heading">
        <h2 id="addresses-heading">{t("storefront.addresses.title")}</h2>
        <p data-testid="default-address">
          {defaultAddress
            ? addressLine(defaultAddress, (code) => countryName(code, locale))
            : t("storefront.addresses.none")}
        </p>
        <p>
          <Link to={paths.addresses(locale)}>{t("storefront.addresses.manage")}</Link>
        </p>
      </section>
      <SavedCards cards={loaderData.savedCards} />
      <section aria-labelledby="write-reviews">
        <h2 id="write-reviews">{t("storefront.reviews.write_title")}</h2>
        {actionData?.intent === "review" && "reviewed" in actionData ? (
          <Alert tone="success">{t("storefront.reviews.thanks")}</Alert>
        ) : null}
        {awaiting.length === 0 ? (
          <p className="notice">{t("storefront.reviews.none_to_write")}</p>
        ) : (
          <>
            <p>{t("storefront.reviews.write_intro")}</p>
            <ul className="line-list" data-testid="awaiting-reviews">
              {awaiting.map((item) => (
                <li key={item.line_item_id} className="review-form">
                  <h3>{item.title}</h3>
                  {actionData?.intent === "review" &&
                  actionData.problem &&
                  "line_item_id" in actionData &&
                  actionData.line_item_id === item.line_item_id ? (
                    <Alert tone="error">
                      {t("storefront.reviews.failed", {
                        reason:
                          actionData.problem === "rating"
                            ? t("storefront.reviews.rating_label")
                            : actionData.problem === "text"
                              ? t("storefront.reviews.text_label")
                              : actionData.problem,
                      })}
                    </Alert>
                  ) : null}
                  <Form method="post" className="checkout-form">
                    <input type="hidden" name="intent" value="review" />
                    <input type="hidden" name="order_id" value={item.order_id} />
                    <input type="hidden" name="line_item_id" value={item.line_item_id} />
                    <fieldset className="rating-choice">
                      <legend>{t("storefront.reviews.rating_label")}</legend>
                      {[5, 4, 3, 2, 1].map((value) => (
                        <label key={value}>
                          <input type="radio" name="rating" value={value} required />{" "}
                          {t("storefront.reviews.rating_option", { count: value })}
                        </label>
                      ))}
                    </fieldset>
                    <label className="usra-field">
                      <span className="usra-field__label">{t("storefront.reviews.text_label")}</span>
                      <textarea
                        name="text"
                        className="usra-input"
                        rows={3}
                        minLength={2}
                        maxLength={2000}
                        required
                      />
                    </label>
                    <Button type="submit" variant="secondary" busy={busy}>
                      {t("storefront.reviews.submit")}
                    </Button>
                  </Form>
                </li>
              ))}
            </ul>
          </>
        )}
        {reviews.length ? (
          <>
            <h3>{t("storefront.reviews.yours")}</h3>
            <ul className="review-list">
              {reviews.map((review) => (
                <li key={review.id} className="review">
                  <p className="review__head">
                    <Stars rating={review.rating} />{" "}
                    {review.product
                      ? (locale === "ar" ? review.product.title_ar : review.product.title_en) ||
                        review.product.title_en
                      : null}
                    {review.status === "hidden" ? ` · ${t("storefront.reviews.hidden")}` : null}
                  </p>
                  <p className="review__text" dir="auto">
                    {review.text}
                  </p>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="favourites-heading">
        <h2 id="favourites-heading">{t("storefront.favourites.title")}</h2>
        {favourites.length === 0 ? (
          <p className="notice">{t("storefront.favourites.none")}</p>
        ) : (
          <ul className="line-list" data-testid="favourites">
            {favourites.map((favourite) =>
              favourite.product ? (
                <li key={favourite.id} className="line">
                  {favourite.product.on_sale ? (
                    <Link to={paths.product(locale, favourite.product.handle)}>
                      {(locale === "ar" ? favourite.product.title_ar : favourite.product.title_en) ||
                        favourite.product.title_en}
                    </Link>
                  ) : (
                    <span>
                      {(locale === "ar" ? favourite.product.title_ar : favourite.product.title_en) ||
                        favourite.product.title_en}{" "}
                      · {t("storefront.favourites.not_on_sale")}
                    </span>
                  )}
                  <FavouriteButton productId={favourite.product_id} saved />
                </li>
              ) : null,
            )}
          </ul>
        )}
      </section>

      <Form method="post">
        <input type="hidden" name="intent" value="sign-out" />
        <Button type="submit" variant="ghost">
          {t("storefront.account.sign_out")}
        </Button>
      </Form>
    </div>
  )
}
