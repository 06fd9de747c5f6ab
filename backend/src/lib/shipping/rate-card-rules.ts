import { CURRENCIES, minorUnits } from "@usra/i18n"
import { isShippingZone, SHIPPING_ZONES } from "./zones"

export const MAX_BRACKETS = 12
// Couriers stop at about 70 kg a parcel; anything above 100 kg is a typo (a kilogram figure with extra zeros).
export const MAX_BRACKET_WEIGHT_G = 100_000
export const MAX_TRANSIT_DAYS = 90
/** In major units of the zone's currency: more than this for one parcel is a misplaced decimal point. */
export const MAX_PRICE_MAJOR = 2_000

export const RATE_CARD_CURRENCIES = CURRENCIES.map((code) => code.toLowerCase())

export type RateCardProblem = { path: (string | number)[]; message: string }

export type RateCardInput = {
  zone: unknown
  currency_code: unknown
  transit_days: unknown
  brackets: unknown
}

const isWhole = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value)
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

export function maxPriceMinor(currency: string): number {
  return MAX_PRICE_MAJOR * 10 ** minorUnits(currency)
}

function currencyProblems(currency: unknown): RateCardProblem[] {
  if (typeof currency === "string" && RATE_CARD_CURRENCIES.includes(currency)) return []
  return [
    {
      path: ["currency_code"],
      message: `currency_code must be one of: ${RATE_CARD_CURRENCIES.join(", ")} (lower case)`,
    },
  ]
}

function transitProblems(transit: unknown): RateCardProblem[] {
  if (!isObject(transit)) {
    return [{ path: ["transit_days"], message: "transit_days must be an object such as { min: 6, max: 10 }" }]
  }
  const problems: RateCardProblem[] = []
  for (const key of Object.keys(transit)) {
    if (key !== "min" && key !== "max") {
      problems.push({ path: ["transit_days", key], message: `transit_days.${key} is not a known field` })
    }
  }
  for (const key of ["min", "max"] as const) {
    const days = transit[key]
    if (!isWhole(days) || days < 1 || days > MAX_TRANSIT_DAYS) {
      problems.push({
        path: ["transit_days", key],
        message: `transit_days.${key} must be a whole number of days from 1 to ${MAX_TRANSIT_DAYS}`,
      })
    }
  }
  if (problems.length === 0 && (transit.min as number) > (transit.max as number)) {
    problems.push({
      path: ["transit_days", "min"],
      message: "transit_days.min must not exceed transit_days.max",
    })
  }
  return problems
}

function bracketShapeProblems(bracket: unknown, index: number, last: boolean, currency: unknown) {
  const name = `brackets[${index}]`
  if (!isObject(bracket)) {
    return [{ path: ["brackets", index], message: `${name} must be an object { max_weight_g, price }` }]
  }
  const problems: RateCardProblem[] = []
  for (const key of Object.keys(bracket)) {
    if (key !== "max_weight_g" && key !== "price") {
      problems.push({ path: ["brackets", index, key], message: `${name}.${key} is not a known field` })
    }
  }
  const weight = bracket.max_weight_g
  if (weight === null) {
    if (!last) {
      problems.push({
        path: ["brackets", index, "max_weight_g"],
        message: `${name}.max_weight_g may be null (open-ended) only on the last bracket`,
      })
    }
  } else if (!isWhole(weight) || weight < 1 || weight > MAX_BRACKET_WEIGHT_G) {
    problems.push({
      path: ["brackets", index, "max_weight_g"],
      message: `${name}.max_weight_g must be a whole number of grams from 1 to ${MAX_BRACKET_WEIGHT_G}, or null for the open-ended last bracket`,
    })
  }
  const price = bracket.price
  const max =
    typeof currency === "string" && RATE_CARD_CURRENCIES.includes(currency) ? maxPriceMinor(currency) : null
  if (!isWhole(price) || price < 0) {
    problems.push({
      path: ["brackets", index, "price"],
      message: `${name}.price must be a non-negative whole number of minor units (cents, fils)`,
    })
  } else if (max !== null && price > max) {
    problems.push({
      path: ["brackets", index, "price"],
      message: `${name}.price must be at most ${max} minor units (${MAX_PRICE_MAJOR} ${String(currency).toUpperCase()})`,
    })
  }
  return problems
}

function bracketProblems(brackets: unknown, currency: unknown): RateCardProblem[] {
  if (!Array.isArray(brackets) || brackets.length === 0 || brackets.length > MAX_BRACKETS) {
    return [
      {
        path: ["brackets"],
        message: `brackets must be a list of 1 to ${MAX_BRACKETS} brackets { max_weight_g, price }, lightest first`,
      },
    ]
  }
  const shape = brackets.flatMap((bracket, index) =>
    bracketShapeProblems(bracket, index, index === brackets.length - 1, currency),
  )
  if (shape.length > 0) return shape

  const problems: RateCardProblem[] = []
  const rows = brackets as { max_weight_g: number | null; price: number }[]
  rows.forEach((bracket, index) => {
    const previous = rows[index - 1]
    if (!previous || previous.max_weight_g === null) return
    if (bracket.max_weight_g !== null && bracket.max_weight_g <= previous.max_weight_g) {
      problems.push({
        path: ["brackets", index, "max_weight_g"],
        message: `brackets[${index}].max_weight_g must be greater than brackets[${index - 1}].max_weight_g (${previous.max_weight_g}): brackets go lightest first and each weight once`,
      })
    }
    if (bracket.price < previous.price) {
      problems.push({
        path: ["brackets", index, "price"],
        message: `brackets[${index}].price must not be lower than brackets[${index - 1}].price (${previous.price}): a heavier parcel never costs less`,
      })
    }
  })
  return problems
}

/** Every rule a zone's rate card breaks, each naming its field; empty when the card can be stored. */
export function rateCardProblems(card: RateCardInput): RateCardProblem[] {
  const zone: RateCardProblem[] = isShippingZone(card.zone)
    ? []
    : [{ path: ["zone"], message: `zone must be one of: ${SHIPPING_ZONES.join(", ")}` }]
  return [
    ...zone,
    ...currencyProblems(card.currency_code),
    ...transitProblems(card.transit_days),
    ...bracketProblems(card.brackets, card.currency_code),
  ]
}
