import type { CatalogCard } from "@usra/api-client"
import { ProductCard } from "@usra/ui"
import { paths } from "../../lib/paths"
import { useShop } from "../../lib/use-shop"

/** What a card shows: the catalogue's listing card (title already in the page's language, price in minor units). */
export type GridProduct = Pick<CatalogCard, "id" | "handle" | "title" | "thumbnail" | "price" | "family">

export function ProductGrid({ products, eager = 0 }: { products: GridProduct[]; eager?: number }) {
  const { t, locale } = useShop()
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            href={paths.product(locale, product.handle)}
            title={product.title}
            image={product.thumbnail}
            price={product.price?.amount ?? null}
            currency={product.price?.currency_code ?? null}
            locale={locale}
            maker={product.family?.name ?? null}
            noPrice={t("storefront.product.no_price")}
            priority={index < eager}
          />
        </li>
      ))}
    </ul>
  )
}
