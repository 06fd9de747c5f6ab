import { toMinor } from "@usra/i18n"
import type { BuyerOrder } from "@usra/types"
import { Price } from "@usra/ui"
import { Link } from "react-router"
import { paths } from "../../lib/paths"
import { useShop } from "../../lib/use-shop"

/** A placed order: its number, each family's part, and the totals (Medusa's major units made minor here). */
export function OrderView({ order }: { order: BuyerOrder }) {
  const { t, locale } = useShop()
  const money = (amount: number) => (
    <Price amount={toMinor(amount, order.currency_code)} currency={order.currency_code} locale={locale} />
  )
  const titleOf = new Map(order.items.map((item) => [item.id, item.title]))
  return (
    <section className="order-view" aria-labelledby="order-number">
      <h2 id="order-number" data-testid="order-number">
        {t("storefront.confirmation.number", { number: order.display_id })}
      </h2>
      <p>
        {t("storefront.account.placed", {
          date: new Date(order.created_at).toLocaleDateString(locale === "ar" ? "ar-JO" : "en-GB", {
            dateStyle: "long",
            numberingSystem: "latn",
          } as Intl.DateTimeFormatOptions),
        })}{" "}
        · {t(`storefront.order_status.${order.status}`, { defaultValue: order.status })}
      </p>
      {order.families.length ? (
        <>
          <h3>{t("storefront.confirmation.families")}</h3>
          <ul className="line-list">
            {order.families.map((part) => (
              <li key={part.id} className="line">
                {part.family ? (
                  <Link to={paths.family(locale, part.family.handle)}>
                    {locale === "ar" ? part.family.name_ar : part.family.name_en}
                  </Link>
                ) : null}
                <span>
                  {Array.isArray(part.items)
                    ? (part.items as { line_item_id?: string; title?: string; quantity?: number }[])
                        .map(
                          (item) =>
                            `${titleOf.get(item.line_item_id ?? "") ?? item.title ?? ""} × ${item.quantity ?? 1}`,
                        )
                        .join(", ")
                    : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <ul className="line-list">
          {order.items.map((item) => (
            <li key={item.id} className="line">
              <span>
                {item.title} × {item.quantity}
              </span>
            </li>
          ))}
        </ul>
      )}
      <dl className="totals">
        <div>
          <dt>{t("storefront.cart.subtotal")}</dt>
          <dd>{money(Math.max(0, order.subtotal - order.shipping_total))}</dd>
        </div>
        <div>
          <dt>{t("storefront.cart.shipping")}</dt>
          <dd>{money(order.shipping_total)}</dd>
        </div>
        <div className="totals__total">
          <dt>{t("storefront.cart.total")}</dt>
          <dd>{money(order.total)}</dd>
        </div>
      </dl>
    </section>
  )
}
