import { formatMoney } from "@usra/i18n"
import { useEffect, useRef, useState } from "react"
import { useFetcher } from "react-router"
import { parseJodToFils } from "./money"
import { usePortal } from "./ui"

type Preview = { prices: Record<string, number> | null }

/** The currencies most buyers pay in; the rest follow the same rates and rounding. */
const SHOWN = ["usd", "eur"] as const

/**
 * The JOD price field's companion: what buyers abroad pay in USD and EUR, from the backend's rates and price
 * points (GET /seller/price-preview through the portal's server), updated as the family types.
 */
export function PricePreview({
  inputId,
  initial,
}: {
  inputId: string
  initial: Record<string, number> | null
}) {
  const { t, locale } = usePortal()
  const fetcher = useFetcher<Preview>()
  const [prices, setPrices] = useState(initial)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const { load } = fetcher

  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null
    if (!input) return
    const onInput = () => {
      clearTimeout(timer.current)
      const fils = parseJodToFils(input.value)
      if (!fils) {
        setPrices(null)
        return
      }
      timer.current = setTimeout(() => load(`/${locale}/sell/price-preview?fils=${fils}`), 300)
    }
    input.addEventListener("input", onInput)
    return () => {
      input.removeEventListener("input", onInput)
      clearTimeout(timer.current)
    }
  }, [inputId, locale, load])

  useEffect(() => {
    if (fetcher.data) setPrices(fetcher.data.prices)
  }, [fetcher.data])

  return (
    <p className="portal-preview" aria-live="polite" data-testid="price-preview">
      {prices ? (
        <>
          {t("portal.product.buyers_pay")}:{" "}
          {SHOWN.map((currency, index) => (
            <span key={currency}>
              {index ? " · " : ""}
              <bdi className="usra-price">{formatMoney(prices[currency] ?? 0, currency, locale)}</bdi>
            </span>
          ))}
        </>
      ) : (
        t("portal.product.preview_wait")
      )}
    </p>
  )
}
