import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bearer, staffToken } from "../../support/actors"
import { api, asAdmin, withDb } from "../../support/context"
import { type Bracket, cartWith, estimate, minorOf, quotedAmount, storedCard } from "../../support/shipping"

type RateCard = {
  zone: string
  currency_code: string
  transit_days: { min: number; max: number }
  brackets: Bracket[]
  updated_by: string | null
}

const ZONES = ["jordan", "gcc", "europe", "uk", "north_america", "rest_of_world"]
const VALID = {
  zone: "europe",
  currency_code: "eur",
  transit_days: { min: 6, max: 10 },
  brackets: [
    { max_weight_g: 1_000, price: 1_500 },
    { max_weight_g: null, price: 9_000 },
  ],
}
const rateRows = () =>
  withDb(async (db) => {
    const { rows } = await db.query(
      "select zone, max_weight_g, price, currency_code, updated_at from shipping_zone_rate order by zone, max_weight_g",
    )
    return rows
  })

describe("shipping rates through the admin API", () => {
  let finance: Record<string, string>
  let original: RateCard

  beforeAll(async () => {
    finance = bearer(await staffToken("finance"))
    const listed = await api("/admin/shipping-rates", { headers: finance })
    original = (listed.body.shipping_rates as RateCard[]).find((card) => card.zone === "europe") as RateCard
  })

  // Later files price carts with the seed's card.
  afterAll(async () => {
    const { zone, currency_code, transit_days, brackets } = original
    const restored = await api("/admin/shipping-rates", {
      method: "POST",
      headers: asAdmin(),
      body: { zone, currency_code, transit_days, brackets },
    })
    expect(restored.status).toBe(200)
  })

  it("needs a ministry login with the finance role", async () => {
    expect((await api("/admin/shipping-rates")).status).toBe(401)
    expect((await api("/admin/shipping-rates", { method: "POST", body: VALID })).status).toBe(401)
    for (const role of ["reviewer", "hub"] as const) {
      const headers = bearer(await staffToken(role))
      const read = await api("/admin/shipping-rates", { headers })
      expect(read.status, role).toBe(403)
      expect(String(read.body.message)).toMatch(/finance/)
      expect(
        (await api("/admin/shipping-rates", { method: "POST", headers, body: VALID })).status,
        role,
      ).toBe(403)
    }
    expect((await api("/admin/shipping-rates", { headers: finance })).status).toBe(200)
    expect((await api("/admin/shipping-rates", { headers: asAdmin() })).status).toBe(200)
  })

  it("lists every zone with its currency, transit days and brackets lightest first", async () => {
    const response = await api("/admin/shipping-rates", { headers: finance })
    const cards = response.body.shipping_rates as RateCard[]
    expect(cards.map((card) => card.zone)).toEqual(ZONES)
    expect(Object.fromEntries(cards.map((card) => [card.zone, card.currency_code]))).toEqual({
      jordan: "jod",
      gcc: "sar",
      europe: "eur",
      uk: "gbp",
      north_america: "usd",
      rest_of_world: "usd",
    })
    for (const card of cards) {
      expect(card.transit_days.min).toBeLessThanOrEqual(card.transit_days.max)
      const bounds = card.brackets.map((bracket) => bracket.max_weight_g)
      expect(bounds.at(-1)).toBeNull()
      const closed = bounds.slice(0, -1) as number[]
      expect(closed).toEqual([...closed].sort((a, b) => a - b))
    }
    expect(response.body.units).toEqual({
      weight: "grams",
      price: "minor units of currency_code (fils, cents)",
    })
  })

  const brackets = (...rows: [number | null, unknown][]) =>
    rows.map(([max_weight_g, price]) => ({ max_weight_g, price }))

  it.each([
    [{ ...VALID, zone: "antarctica" }, "zone", /must be one of: jordan/],
    [{ ...VALID, zone: undefined }, "zone", /must be one of/],
    [{ ...VALID, currency_code: "chf" }, "currency_code", /must be one of: jod/],
    [{ ...VALID, transit_days: { min: 10, max: 6 } }, "transit_days.min", /must not exceed/],
    [{ ...VALID, transit_days: { min: 0, max: 6 } }, "transit_days.min", /whole number of days from 1/],
    [{ ...VALID, brackets: [] }, "brackets", /list of 1 to 12/],
    [{ ...VALID, brackets: brackets([1_000, 100], [500, 200]) }, "brackets[1].max_weight_g", /greater than/],
    [{ ...VALID, brackets: brackets([500, 100], [500, 200]) }, "brackets[1].max_weight_g", /greater than/],
    [
      { ...VALID, brackets: brackets([null, 100], [null, 200]) },
      "brackets[0].max_weight_g",
      /only on the last/,
    ],
    [{ ...VALID, brackets: brackets([500, -1]) }, "brackets[0].price", /non-negative whole number/],
    [{ ...VALID, brackets: brackets([500, 12.5]) }, "brackets[0].price", /non-negative whole number/],
    [{ ...VALID, brackets: brackets([500, "12"]) }, "brackets[0].price", /non-negative whole number/],
    [{ ...VALID, brackets: brackets([500, 200_001]) }, "brackets[0].price", /at most 200000/],
    [{ ...VALID, brackets: brackets([500, 300], [1_000, 200]) }, "brackets[1].price", /not be lower/],
    [{ ...VALID, brackets: brackets([0, 300]) }, "brackets[0].max_weight_g", /whole number of grams/],
    [{ ...VALID, apply_from: "monday" }, "apply_from", /Unrecognized/],
  ])("POST %j is a 400 naming %s and the rule", async (body, field, rule) => {
    const before = await rateRows()
    const response = await api("/admin/shipping-rates", { method: "POST", headers: finance, body })
    expect(response.status).toBe(400)
    expect(String(response.body.message)).toContain(field)
    expect(String(response.body.message)).toMatch(rule)
    expect(await rateRows()).toEqual(before)
  })

  it("applies an edit to the very next price calculation and estimate", async () => {
    const handles = ["anise-sesame-kaak-amman", "dead-sea-mud-soap-karak"]
    const cartId = await cartWith("eur", "de", handles)
    const before = await quotedAmount(cartId)
    expect(minorOf(before.amount, 2)).not.toBe(1_234)

    const card = {
      zone: "europe",
      currency_code: "eur",
      transit_days: { min: 3, max: 5 },
      brackets: brackets([5_000, 1_234], [null, 4_321]) as Bracket[],
    }
    const response = await api("/admin/shipping-rates", { method: "POST", headers: finance, body: card })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const stored = response.body.shipping_rate as RateCard
    expect(stored).toMatchObject(card)
    expect(stored.updated_by).toMatch(/^user_/)
    expect((await storedCard("europe")).brackets).toHaveLength(2)

    const after = await quotedAmount(cartId)
    expect(minorOf(after.amount, 2)).toBe(1_234)
    const estimated = await estimate(cartId)
    expect(estimated.body.shipping_estimate).toMatchObject({
      amount: 1_234,
      transit_days: { min: 3, max: 5 },
    })
  })
})
