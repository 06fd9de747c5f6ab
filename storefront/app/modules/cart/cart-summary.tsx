import { Price } from "@usra/ui"
import { Link } from "react-router"
import { paths } from "../../lib/paths"
import { useShop } from "../../lib/use-shop"
import type { CartView } from "./cart-view.server"

/** Subtotal, the one shipping line and the total. `shipping` null: not known until there is an address. */
export function CartTotals({ cart, shipping }: { cart: CartView; shipping: number | null }) {
  const { t, locale } = useShop()
  const total = shipping !== null && !cart.hasShippingMethod ? cart.total + shipping : cart.total
  return (
    <dl className="totals">
      <div>
        <dt>{t("storefront.cart.subtotal")}</dt>
        <dd>
          <Price amount={cart.subtotal} currency={cart.currency} locale={locale} />
        </dd>
      </div>
      <div>
        <dt>{t("storefront.cart.shipping")}</dt>
        <dd data-testid="shipping-line">
          {shipping !== null ? (
            <Price amount={shipping} currency={cart.currency} locale={locale} />
          ) : (
            t("storefront.cart.shipping_later")
          )}
        </dd>
      </div>
      <div className="totals__total">
        <dt>{t("storefront.cart.total")}</dt>
        <dd>
          <Price amount={total} currency={cart.currency} locale={locale} />
        </dd>
      </div>
    </dl>
  )
}

/** The cart's lines under each family's name (read-only, for checkout). */
export function CartLines({ cart }: { cart: CartView }) {
  const { t, locale } = useShop()
  return (
    <>
      {cart.groups.map((group) => (
        <section key={group.family?.handle ?? "other"} className="family-group">
          <h3>
            {group.family ? (
              <Link to={paths.family(locale, group.family.handle)}>
                {t("storefront.cart.from_family", {
                  family: locale === "ar" ? group.family.name_ar : group.family.name_en,
                })}
              </Link>
            ) : (
              t("storefront.cart.other_items")
            )}
          </h3>
          <ul className="line-list">
            {group.lines.map((line) => (
              <li key={line.id} className="line">
                <span className="line__title">
                  {line.title[locale]} × {line.quantity}
                </span>
                <Price amount={line.total} currency={cart.currency} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
