import { UsraApiError } from "@usra/api-client"
import { Alert, Button, ButtonLink, Price } from "@usra/ui"
import { data, Form, Link, useNavigation } from "react-router"
import { api } from "../lib/api.server"
import { openCart } from "../lib/cart.server"
import { siteOrigin } from "../lib/config.server"
import { toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { metaMessages, pageMeta } from "../lib/seo"
import { readSession } from "../lib/session.server"
import { useShop } from "../lib/use-shop"
import { CartTotals } from "../modules/cart/cart-summary"
import { cartView } from "../modules/cart/cart-view.server"
import type { Route } from "./+types/cart"

export async function loader({ request }: Route.LoaderArgs) {
  const session = await readSession(request)
  const cart = await openCart(session)
  const view = cart ? await cartView(cart, session.token) : null
  let shipping: number | null = view?.shipping ?? null
  if (view && shipping === null && view.shippingAddress?.country_code) {
    shipping = await api()
      .carts.shippingEstimate(view.id)
      .then((estimate) => estimate.amount)
      .catch(() => null)
  }
  return { cart: view, shipping, origin: siteOrigin(request) }
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  const session = await readSession(request)
  const cart = await openCart(session)
  if (!cart) return data({ error: null }, { status: 400 })
  const lineId = String(form.get("line_id") ?? "")
  try {
    if (form.get("intent") === "remove") await api(session.token).carts.removeItem(cart.id, lineId)
    else {
      const quantity = Math.max(0, Math.min(99, Number(form.get("quantity")) || 0))
      if (quantity === 0) await api(session.token).carts.removeItem(cart.id, lineId)
      else await api(session.token).carts.updateItem(cart.id, lineId, quantity)
    }
    return { error: null }
  } catch (error) {
    if (error instanceof UsraApiError && error.status < 500)
      return data({ error: error.message }, { status: 400 })
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
    path: `/${locale}/cart`,
    title: `${m.storefront.cart.title} · ${m.app.name}`,
    description: m.storefront.seo.listing_description,
    noindex: true,
  })
}

export default function Cart({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useShop()
  const { cart, shipping } = loaderData
  const navigation = useNavigation()
  if (!cart || cart.count === 0) {
    return (
      <div className="cart-page">
        <h1>{t("storefront.cart.title")}</h1>
        <p>{t("storefront.cart.empty")}</p>
        <ButtonLink href={paths.products(locale)}>{t("storefront.cart.continue")}</ButtonLink>
      </div>
    )
  }
  return (
    <div className="cart-page">
      <h1>{t("storefront.cart.title")}</h1>
      {actionData?.error ? <Alert tone="error">{actionData.error}</Alert> : null}
      <div className="cart-layout">
        <div>
          {cart.groups.map((group) => (
            <section
              key={group.family?.handle ?? "other"}
              className="family-group"
              aria-labelledby={`group-${group.family?.handle ?? "other"}`}
              data-testid="family-group"
            >
              <h2 id={`group-${group.family?.handle ?? "other"}`}>
                {group.family ? (
                  <Link to={paths.family(locale, group.family.handle)}>
                    {t("storefront.cart.from_family", {
                      family: locale === "ar" ? group.family.name_ar : group.family.name_en,
                    })}
                  </Link>
                ) : (
                  t("storefront.cart.other_items")
                )}
              </h2>
              <ul className="line-list">
                {group.lines.map((line) => (
                  <li key={line.id} className="line">
                    {line.thumbnail ? (
                      <img
                        src={line.thumbnail}
                        alt=""
                        width={72}
                        height={72}
                        loading="lazy"
                        className="line__image"
                      />
                    ) : null}
                    <div className="line__body">
                      {line.handle ? (
                        <Link to={paths.product(locale, line.handle)} className="line__title">
                          {line.title[locale]}
                        </Link>
                      ) : (
                        <span className="line__title">{line.title[locale]}</span>
                      )}
                      <Price amount={line.unitPrice} currency={cart.currency} locale={locale} />
                    </div>
                    <Form method="post" className="line__quantity">
                      <input type="hidden" name="line_id" value={line.id} />
                      <label className="visually-hidden" htmlFor={`qty-${line.id}`}>
                        {t("storefront.cart.quantity_of", { item: line.title[locale] })}
                      </label>
                      <input
                        id={`qty-${line.id}`}
                        className="usra-input"
                        type="number"
                        name="quantity"
                        min={0}
                        max={99}
                        defaultValue={line.quantity}
                        inputMode="numeric"
                      />
                      <Button type="submit" variant="secondary" name="intent" value="update">
                        {t("storefront.cart.update")}
                      </Button>
                      <Button type="submit" variant="ghost" name="intent" value="remove">
                        {t("storefront.cart.remove")}
                      </Button>
                    </Form>
                    <Price
                      amount={line.total}
                      currency={cart.currency}
                      locale={locale}
                      className="line__total"
                    />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <aside className="cart-summary" aria-label={t("storefront.checkout.summary")}>
          <CartTotals cart={cart} shipping={shipping} />
          <p className="hint">{t("storefront.cart.one_parcel")}</p>
          <ButtonLink
            href={paths.checkout(locale)}
            size="lg"
            block
            aria-disabled={navigation.state !== "idle" || undefined}
          >
            {t("storefront.cart.checkout")}
          </ButtonLink>
        </aside>
      </div>
    </div>
  )
}
