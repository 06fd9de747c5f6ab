import { type CurrencyInput, currencyCode, minorUnits } from "./currency"
import type { Locale } from "./locales"

const INTL_LOCALES: Record<Locale, string> = { ar: "ar-JO", en: "en-JO" }

const formatters = new Map<string, Intl.NumberFormat>()

function formatter(locale: Locale, currency: string, exponent: number): Intl.NumberFormat {
  const cacheKey = `${locale}:${currency}`
  let cached = formatters.get(cacheKey)
  if (!cached) {
    cached = new Intl.NumberFormat(INTL_LOCALES[locale], {
      style: "currency",
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
      // Arabic-Indic digits are the print norm in Jordan, but Jordanian shops, banks and e-commerce
      // sites show Western digits, and buyers compare prices across tabs: keep digits Latin in Arabic too.
      numberingSystem: "latn",
    })
    formatters.set(cacheKey, cached)
  }
  return cached
}

// An exact decimal string, so amounts beyond 2^53 fils never pass through a float.
function decimalString(minor: bigint, exponent: number): string {
  const negative = minor < 0n
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, "0")
  const whole = digits.slice(0, digits.length - exponent)
  const fraction = digits.slice(digits.length - exponent)
  return `${negative ? "-" : ""}${whole}${exponent > 0 ? `.${fraction}` : ""}`
}

/** Formats an integer amount of minor units, e.g. 12500 JOD fils -> "JOD 12.500" (en) or "12.500 د.أ." (ar). */
export function formatMoney(minor: number | bigint, currency: CurrencyInput, locale: Locale): string {
  if (typeof minor !== "number" && typeof minor !== "bigint") {
    throw new Error(`formatMoney expects an integer amount in minor units, got ${typeof minor}`)
  }
  if (typeof minor === "number" && !Number.isSafeInteger(minor)) {
    throw new Error(`formatMoney expects an integer amount in minor units (e.g. fils or cents), got ${minor}`)
  }
  const code = currencyCode(currency)
  const exponent = minorUnits(code)
  return formatter(locale, code, exponent).format(decimalString(BigInt(minor), exponent) as `${number}`)
}
