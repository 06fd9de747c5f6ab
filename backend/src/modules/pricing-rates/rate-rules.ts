import { parseRate } from "../../lib/pricing/rates"

/** The buyer currencies finance sets a rate for; JOD is the base (1 JOD = rate units of each). */
export const RATE_CURRENCIES = ["usd", "eur", "gbp", "sar", "aed"] as const
export type RateCurrency = (typeof RATE_CURRENCIES)[number]
export type RateTable = Record<RateCurrency, string>

export const MAX_RATE_DECIMALS = 6
// No buyer currency is worth less than a hundredth of a dinar; a larger number is a typo (a missing point).
export const MAX_RATE = 100

const DECIMAL = /^\d+(?:\.(\d+))?$/
const ZERO = /^0+(?:\.0+)?$/

export function isRateCurrency(value: string): value is RateCurrency {
  return (RATE_CURRENCIES as readonly string[]).includes(value)
}

/** The rule `rate` breaks, in words for the person who typed it, or undefined when it is a usable rate. */
export function rateProblem(rate: string): string | undefined {
  const match = DECIMAL.exec(rate)
  if (!match) return `must be a positive decimal number written like "1.41"`
  if ((match[1] ?? "").length > MAX_RATE_DECIMALS) return `must have at most ${MAX_RATE_DECIMALS} decimals`
  if (ZERO.test(rate)) return "must be greater than 0"
  const { units, divisor } = parseRate(rate)
  if (units > BigInt(MAX_RATE) * divisor) return `must be at most ${MAX_RATE}`
  return undefined
}

/** True when two rate strings are the same number ("1.3" and "1.30"). */
export function sameRate(a: string, b: string): boolean {
  const x = parseRate(a)
  const y = parseRate(b)
  return x.units * y.divisor === y.units * x.divisor
}
