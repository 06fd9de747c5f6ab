import { describe, expect, it } from "vitest"
import { DEFAULT_RATES_FROM_JOD } from "../../../../lib/pricing"
import { isPlanEmpty, jodFils, planVariantPrices, type VariantPricing } from "../plan-variant-prices"

const product = { id: "prod_1", metadata: { price_jod_fils: 10_000 } }
// 10.000 JOD at the default rates, in major units as Medusa stores them.
const seeded = [
  { id: "p_jod", currency_code: "jod", amount: 10 },
  { id: "p_usd", currency_code: "usd", amount: 14.49 },
  { id: "p_eur", currency_code: "eur", amount: 13.49 },
  { id: "p_gbp", currency_code: "gbp", amount: 11.49 },
  { id: "p_sar", currency_code: "sar", amount: 53 },
  { id: "p_aed", currency_code: "aed", amount: 52 },
]
const variant = (prices = seeded, metadata: Record<string, unknown> = product.metadata): VariantPricing => ({
  id: "variant_1",
  product: { id: product.id, metadata },
  price_set: { id: "pset_1", prices },
})

describe("planVariantPrices", () => {
  it("writes nothing when the prices already follow the JOD price and the rates", () => {
    const plan = planVariantPrices([variant()], DEFAULT_RATES_FROM_JOD)
    expect(isPlanEmpty(plan)).toBe(true)
    expect(plan.unchanged).toBe(1)
  })

  it("updates only the currencies whose rate changed, in place and in minor units", () => {
    const plan = planVariantPrices([variant()], { ...DEFAULT_RATES_FROM_JOD, EUR: "1.40" })
    expect(plan.writes).toEqual([
      {
        price_set_id: "pset_1",
        prices: [{ id: "p_eur", currency_code: "eur", amount: 1449, previous_amount: 1349 }],
      },
    ])
  })

  it("makes the JOD price the exact metadata price and recomputes the rest from it", () => {
    const plan = planVariantPrices([variant(seeded, { price_jod_fils: 3_750 })], DEFAULT_RATES_FROM_JOD)
    const byCurrency = Object.fromEntries(
      plan.writes[0]?.prices.map((p) => [p.currency_code, p.amount]) ?? [],
    )
    expect(byCurrency).toEqual({ jod: 3_750, usd: 549, eur: 499, gbp: 449, sar: 2000, aed: 2000 })
  })

  it("creates the currencies a price set lacks", () => {
    const plan = planVariantPrices([variant(seeded.slice(0, 1))], DEFAULT_RATES_FROM_JOD)
    expect(plan.writes[0]?.prices.map((p) => [p.currency_code, p.id])).toEqual([
      ["usd", undefined],
      ["eur", undefined],
      ["gbp", undefined],
      ["sar", undefined],
      ["aed", undefined],
    ])
  })

  it("leaves price-list, tiered and rule prices alone", () => {
    const others = [
      { id: "p_sale", currency_code: "usd", amount: 1, price_list_id: "plist_1" },
      { id: "p_tier", currency_code: "usd", amount: 2, min_quantity: 10 },
      { id: "p_rule", currency_code: "usd", amount: 3, rules_count: 1 },
    ]
    const plan = planVariantPrices([variant([...others, ...seeded])], DEFAULT_RATES_FROM_JOD)
    expect(isPlanEmpty(plan)).toBe(true)
  })

  it("gives a variant without a price set all six prices", () => {
    const plan = planVariantPrices([{ id: "variant_2", product, price_set: null }], DEFAULT_RATES_FROM_JOD)
    expect(plan.unpriced).toEqual([
      {
        variant_id: "variant_2",
        prices: [
          { currency_code: "jod", amount: 10_000 },
          { currency_code: "usd", amount: 1449 },
          { currency_code: "eur", amount: 1349 },
          { currency_code: "gbp", amount: 1149 },
          { currency_code: "sar", amount: 5300 },
          { currency_code: "aed", amount: 5200 },
        ],
      },
    ])
  })

  it("skips variants whose product has no usable JOD price", () => {
    const plan = planVariantPrices(
      [
        variant(seeded, {}),
        variant(seeded, { price_jod_fils: 1.5 }),
        variant(seeded, { price_jod_fils: -1 }),
      ],
      DEFAULT_RATES_FROM_JOD,
    )
    expect(plan.skipped).toHaveLength(3)
    expect(isPlanEmpty(plan)).toBe(true)
  })
})

describe("jodFils", () => {
  it("reads whole fils from a number or a string of digits", () => {
    expect(jodFils({ price_jod_fils: 12_345 })).toBe(12_345)
    expect(jodFils({ price_jod_fils: "12345" })).toBe(12_345)
    expect(jodFils({ price_jod_fils: "12.345" })).toBeUndefined()
    expect(jodFils(null)).toBeUndefined()
  })
})
