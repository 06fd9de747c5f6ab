import { Link } from "react-router"
import { toLocale } from "../../lib/i18n"
import { sellPaths } from "../../lib/sell-paths"
import { requireSeller } from "../../lib/seller.server"
import { Badge, jod, PortalPage, usePortal } from "../../modules/portal/ui"
import type { Route } from "./+types/products"
import { portalMeta } from "./meta"

export async function loader({ request, params }: Route.LoaderArgs) {
  const { me, api } = await requireSeller(request, toLocale(params.lang))
  const { products } = await api.products.list({ limit: 100 })
  return { products, approved: me.family.status === "approved" }
}

export const meta: Route.MetaFunction = ({ matches, params }) =>
  portalMeta(matches, params.lang, "products.title")

const TONE = { draft: "plain", pending_review: "wait", published: "good", changes_requested: "bad" } as const

export default function SellProducts({ loaderData }: Route.ComponentProps) {
  const { t, locale } = usePortal()
  const { products, approved } = loaderData
  return (
    <PortalPage
      title={t("portal.products.title")}
      intro={approved ? null : t("portal.products.not_approved")}
    >
      <Link
        to={sellPaths.newProduct(locale)}
        className="usra-button usra-button--primary usra-button--lg usra-button--block"
      >
        {t("portal.products.add")}
      </Link>
      {products.length === 0 ? (
        <p className="portal-empty">{t("portal.products.empty")}</p>
      ) : (
        <ul className="portal-list" data-testid="seller-products">
          {products.map((product) => {
            const title = (locale === "ar" ? product.title_ar : product.title_en) || product.title_en
            return (
              <li key={product.id} className="portal-card portal-product">
                {product.thumbnail ? (
                  <img src={product.thumbnail} alt="" width={96} height={96} loading="lazy" />
                ) : (
                  <span className="portal-product__empty" aria-hidden="true" />
                )}
                <div className="portal-product__body">
                  <h2>
                    <Link
                      to={sellPaths.product(locale, product.id)}
                      className="portal-product__link"
                      aria-label={t("portal.products.edit", { title })}
                    >
                      {title}
                    </Link>
                  </h2>
                  <p>
                    <Badge tone={TONE[product.listing_status]}>
                      {t(`portal.products.status.${product.listing_status}`)}
                    </Badge>
                  </p>
                  <p>
                    {product.price_jod_fils !== null ? jod(product.price_jod_fils, locale) : null}
                    {" · "}
                    {t("portal.products.stock", { count: product.stock })}
                  </p>
                  {product.listing_status === "changes_requested" && product.review_reason ? (
                    <p className="portal-reason">
                      {t("portal.products.reason", { reason: product.review_reason })}
                    </p>
                  ) : null}
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </PortalPage>
  )
}
