import type { ProductSummary } from "@usra/api-client"
import { ProductCard } from "@usra/ui"
import { paths } from "../../lib/paths"
import { useShop } from "../../lib/use-shop"

export function ProductGrid({ products, eager = 0 }: { products: ProductSummary[]; eager?: number }) {
  const { t, locale } = useShop()
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            href={paths.product(locale, product.handle)}
            title={product.title[locale]}
            image={product.thumbnail}
            price={product.price}
            currency={product.currency}
            locale={locale}
            maker={
              product.family ? (locale === "ar" ? product.family.name_ar : product.family.name_en) : null
            }
            noPrice={t("storefront.product.no_price")}
            priority={index < eager}
          />
        </li>
      ))}
    </ul>
  )
}
