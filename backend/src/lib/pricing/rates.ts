import type { Currency } from "@usra/i18n"

/**
 * How many units of each currency one Jordanian dinar buys, as exact decimal strings.
 * These are the launch defaults; the ministry sets the live rates.
 */
export const DEFAULT_RATES_FROM_JOD: Readonly<Record<Currency, string>> = {
  JOD: "1",
  USD: "1.41",
  EUR: "1.30",
  GBP: "1.11",
  SAR: "5.29",
  AED: "5.18",
}

export interface ScaledRate {
  /** The rate's digits as an integer: "1.41" gives 141n. */
  units: bigint
  /** The power of ten that `units` is divided by: "1.41" gives 100n. */
  divisor: bigint
}

const RATE = /^(\d+)(?:\.(\d+))?$/

/** Reads a decimal string such as "1.41" as an exact scaled integer, so no float ever touches money. */
export function parseRate(rate: string): ScaledRate {
  const match = RATE.exec(rate.trim())
  if (!match) throw new Error(`Exchange rate "${rate}" must be a positive decimal such as "1.41"`)
  const [, whole = "", fraction = ""] = match
  const units = BigInt(whole + fraction)
  if (units === 0n) throw new Error(`Exchange rate "${rate}" must be greater than zero`)
  return { units, divisor: 10n ** BigInt(fraction.length) }
}
