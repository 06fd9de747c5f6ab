// Currency rules Stripe applies to amounts (all amounts are integers in the currency's smallest unit).
import { invalidRequest } from "./errors"

const ZERO_DECIMAL = new Set([
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
])
const THREE_DECIMAL = new Set(["bhd", "jod", "kwd", "omr", "tnd"])

export function exponent(currency: string): number {
  if (ZERO_DECIMAL.has(currency)) return 0
  if (THREE_DECIMAL.has(currency)) return 3
  return 2
}

/** "JOD 12.500" */
export function formatAmount(amount: number, currency: string): string {
  const digits = exponent(currency)
  return `${currency.toUpperCase()} ${(amount / 10 ** digits).toFixed(digits)}`
}

export function readCurrency(value: string, param = "currency"): string {
  const currency = value.toLowerCase()
  if (!/^[a-z]{3}$/.test(currency)) throw invalidRequest(`Invalid currency: ${value}.`, { param })
  return currency
}

/** Stripe's charge-amount rules: at least 1 unit, at most 8 digits, and in three-decimal currencies a multiple of 10. */
export function checkChargeAmount(amount: number, currency: string, param = "amount"): void {
  if (amount < 1) {
    throw invalidRequest("This value must be greater than or equal to 1.", {
      code: "parameter_invalid_integer",
      param,
    })
  }
  if (currency === "usd" && amount < 50) {
    throw invalidRequest("Amount must be at least $0.50 usd", { code: "amount_too_small", param })
  }
  if (amount > 99_999_999) {
    throw invalidRequest(`Amount must be no more than ${formatAmount(99_999_999, currency)}`, {
      code: "amount_too_large",
      param,
    })
  }
  if (THREE_DECIMAL.has(currency) && amount % 10 !== 0) {
    throw invalidRequest(
      `Invalid amount: ${currency.toUpperCase()} is a three-decimal currency and amounts must be a multiple of 10 (got ${amount}).`,
      { code: "invalid_charge_amount", param },
    )
  }
}
