import type { Locale } from "@usra/i18n"
import type { ReactNode } from "react"
import { Price } from "./price"

export type ProductCardProps = {
  href: string
  title: string
  image: string | null
  price: number | null
  currency: string | null
  locale: Locale
  /** The family's name, shown under the title. */
  maker?: string | null
  /** Shown instead of a price when the product has none in this region. */
  noPrice?: ReactNode
  /** Eager-load the first cards of a page (they are the largest content). */
  priority?: boolean
}

/** A product in a grid: one link around the photo and title, so a keyboard stops once per product. */
export function ProductCard({
  href,
  title,
  image,
  price,
  currency,
  locale,
  maker,
  noPrice,
  priority,
}: ProductCardProps) {
  return (
    <article className="usra-product-card">
      <a href={href} className="usra-product-card__link">
        {image ? (
          <img
            className="usra-product-card__image"
            src={image}
            alt=""
            width={400}
            height={400}
            loading={priority ? "eager" : "lazy"}
            decoding="async"
            {...(priority ? { fetchPriority: "high" as const } : {})}
          />
        ) : (
          <span className="usra-product-card__image usra-product-card__image--empty" aria-hidden="true" />
        )}
        <h3 className="usra-product-card__title">{title}</h3>
      </a>
      {maker ? <p className="usra-product-card__maker">{maker}</p> : null}
      <p className="usra-product-card__price">
        {price !== null && currency ? <Price amount={price} currency={currency} locale={locale} /> : noPrice}
      </p>
    </article>
  )
}
