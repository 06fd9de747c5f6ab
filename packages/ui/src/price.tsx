import { formatMoney, type Locale } from "@usra/i18n"
import { cx } from "./cx"

export type PriceProps = {
  /** Minor units (fils, cents). */
  amount: number
  currency: string
  locale: Locale
  /** The price before a reduction, shown struck through. */
  original?: number | null
  className?: string
}

/** An amount in the buyer's currency, formatted for the page's language (JOD with 3 decimals). */
export function Price({ amount, currency, locale, original, className }: PriceProps) {
  const shown = formatMoney(amount, currency, locale)
  return (
    <span className={cx("usra-price", className)}>
      {original != null && original > amount ? (
        <>
          <del className="usra-price__original">{formatMoney(original, currency, locale)}</del>{" "}
        </>
      ) : null}
      <span className="usra-price__amount">{shown}</span>
    </span>
  )
}
