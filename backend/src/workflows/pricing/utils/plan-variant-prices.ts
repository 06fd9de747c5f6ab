import { type Currency, toMinor } from "@usra/i18n"
import { type PriceSet, priceInAllCurrencies } from "../../../lib/pricing"

/** A price as query.graph returns it: `amount` in major units. */
export type StoredPrice = {
  id: string
  currency_code: string
  amount: number | string
  price_list_id?: string | null
  rules_count?: number | null
  min_quantity?: number | string | null
  max_quantity?: number | string | null
}

export type VariantPricing = {
  id: string
  product?: { id: string; metadata?: Record<string, unknown> | null } | null
  price_set?: { id: string; prices?: StoredPrice[] | null } | null
}

/** Minor units throughout; `id` is the price to update in place, absent for a currency the set lacks. */
export type PriceWrite = { id?: string; currency_code: string; amount: number; previous_amount?: number }

export type VariantPricePlan = {
  /** Price sets whose base prices change, with only the prices that change. */
  writes: { price_set_id: string; prices: PriceWrite[] }[]
  /** Variants without a price set: they get one with every price. */
  unpriced: { variant_id: string; prices: { currency_code: string; amount: number }[] }[]
  /** Variants whose product has no usable metadata.price_jod_fils; their prices are left alone. */
  skipped: string[]
  unchanged: number
}

/** The product's JOD price in fils, or undefined when metadata.price_jod_fils is missing or not whole fils. */
export function jodFils(metadata: Record<string, unknown> | null | undefined): number | undefined {
  const value = metadata?.price_jod_fils
  const fils = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value
  return typeof fils === "number" && Number.isSafeInteger(fils) && fils >= 0 ? fils : undefined
}

type PriceScope = {
  price_list_id?: unknown
  rules_count?: unknown
  min_quantity?: unknown
  max_quantity?: unknown
}

/** Only the plain price per currency is ours; price-list, quantity-tier and rule prices are left alone. */
export function isBasePrice(price: PriceScope): boolean {
  return (
    !price.price_list_id &&
    !price.rules_count &&
    (price.min_quantity ?? null) === null &&
    (price.max_quantity ?? null) === null
  )
}

/**
 * What to write so every variant's base prices are its product's JOD price (metadata.price_jod_fils, exact)
 * and that price converted at `rates` and rounded to the currency's price point. Prices already right are
 * not written, so planning again after the writes gives nothing to do.
 */
export function planVariantPrices(
  variants: readonly VariantPricing[],
  rates: Readonly<Record<Currency, string>>,
): VariantPricePlan {
  const plan: VariantPricePlan = { writes: [], unpriced: [], skipped: [], unchanged: 0 }
  for (const variant of variants) {
    const fils = jodFils(variant.product?.metadata)
    if (fils === undefined) {
      plan.skipped.push(variant.id)
      continue
    }
    const target = priceInAllCurrencies(fils, rates)
    if (!variant.price_set) {
      plan.unpriced.push({ variant_id: variant.id, prices: targetPrices(target) })
      continue
    }
    const writes = diffPrices(variant.price_set.prices ?? [], target)
    if (writes.length === 0) plan.unchanged += 1
    else plan.writes.push({ price_set_id: variant.price_set.id, prices: writes })
  }
  return plan
}

function targetPrices(target: PriceSet) {
  return Object.entries(target).map(([currency_code, amount]) => ({ currency_code, amount }))
}

function diffPrices(stored: readonly StoredPrice[], target: PriceSet): PriceWrite[] {
  const base = new Map<string, StoredPrice>()
  for (const price of stored) {
    const code = price.currency_code.toLowerCase()
    if (isBasePrice(price) && !base.has(code)) base.set(code, price)
  }
  const writes: PriceWrite[] = []
  for (const { currency_code, amount } of targetPrices(target)) {
    const current = base.get(currency_code)
    if (!current) {
      writes.push({ currency_code, amount })
      continue
    }
    const previous = toMinor(current.amount, currency_code)
    if (previous !== amount) writes.push({ id: current.id, currency_code, amount, previous_amount: previous })
  }
  return writes
}

/** True when the plan changes nothing: the variants' prices already follow their JOD price and the rates. */
export function isPlanEmpty(plan: VariantPricePlan): boolean {
  return plan.writes.length === 0 && plan.unpriced.length === 0
}
