const EXPONENTS = { JOD: 3, USD: 2, EUR: 2, GBP: 2, SAR: 2, AED: 2 } as const

export type Currency = keyof typeof EXPONENTS
export const CURRENCIES = Object.keys(EXPONENTS) as Currency[]

// Medusa stores currency codes in lowercase; accept both spellings, still with autocomplete.
export type CurrencyInput = Currency | Lowercase<Currency> | (string & {})

export function isCurrency(value: unknown): value is Currency {
  return typeof value === "string" && Object.hasOwn(EXPONENTS, value)
}

/** The ISO 4217 code in upper case; throws for a currency Usra does not sell in. */
export function currencyCode(currency: CurrencyInput): Currency {
  const code = String(currency).toUpperCase()
  if (!isCurrency(code)) {
    throw new Error(`Unsupported currency "${String(currency)}": expected one of ${CURRENCIES.join(", ")}`)
  }
  return code
}

/** Digits after the decimal point: 3 for JOD (1 JOD = 1000 fils), 2 for the others. */
export function minorUnits(currency: CurrencyInput): number {
  return EXPONENTS[currencyCode(currency)]
}

/** Minor units to a decimal number, for display and for Medusa fields that take major units. */
export function toMajor(minor: number | bigint, currency: CurrencyInput): number {
  const exponent = minorUnits(currency)
  if (typeof minor === "number" && !Number.isSafeInteger(minor)) {
    throw new Error(`Amount in minor units must be a safe integer, got ${minor}`)
  }
  // Dividing two exact integers rounds once, so 12500 / 1000 is the double nearest to 12.5.
  return Number(minor) / 10 ** exponent
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i

/**
 * A major amount to an integer of minor units, rounding half away from zero.
 * Works on the shortest decimal spelling of the number, so 1.005 rounds to 101 cents
 * (Math.round(1.005 * 100) gives 100 because 1.005 is stored as 1.00499999...).
 */
export function toMinor(major: number | string, currency: CurrencyInput): number {
  const exponent = minorUnits(currency)
  if (typeof major === "number" && !Number.isFinite(major)) {
    throw new Error(`Amount must be a finite number, got ${major}`)
  }
  const spelled = typeof major === "number" ? String(major) : major.trim()
  const match = DECIMAL.exec(spelled)
  if (!match) throw new Error(`Amount "${spelled}" is not a decimal number`)
  const [, sign, whole = "", fraction = "", shift = "0"] = match
  const digits = whole + fraction
  // Where the decimal point falls in `digits` once the amount is expressed in minor units.
  const point = whole.length + Number(shift) + exponent

  let kept = "0"
  let next = "0"
  if (point >= digits.length) {
    kept = digits + "0".repeat(point - digits.length)
  } else if (point > 0) {
    kept = digits.slice(0, point)
    next = digits.charAt(point)
  } else if (point === 0) {
    next = digits.charAt(0)
  }
  const magnitude = BigInt(kept) + (next >= "5" ? 1n : 0n)
  // BigInt has no -0, so a tiny negative amount rounds to a plain 0.
  const minor = Number(sign === "-" ? -magnitude : magnitude)
  if (!Number.isSafeInteger(minor)) throw new Error(`Amount "${spelled}" is too large to store exactly`)
  return minor
}
