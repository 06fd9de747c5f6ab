import { type Locale, t } from "../lib/i18n"
import { type ProductCard, productTitle } from "../lib/product"

export function ProductGrid({ products, locale }: { products: ProductCard[]; locale: Locale }) {
  if (products.length === 0) return <p className="notice">{t(locale, "storefront.empty")}</p>
  return (
    <ul className="product-grid">
      {products.map((product) => (
        <li key={product.id} className="product-card">
          {product.thumbnail ? (
            // The title sits right below, so the image is decorative for screen readers.
            <img src={product.thumbnail} alt="" loading="lazy" width={320} height={320} />
          ) : (
            <div className="product-placeholder" aria-hidden="true" />
          )}
          <h3>{productTitle(product, locale)}</h3>
        </li>
      ))}
    </ul>
  )
}
