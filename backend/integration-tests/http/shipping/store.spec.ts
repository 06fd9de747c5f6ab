import { afterAll, describe, expect, it } from "vitest"
import { api, withDb, withPublishableKey } from "../../support/context"
import {
  addItem,
  addShippingMethod,
  bracketIndex,
  bracketPrice,
  calculate,
  cartWith,
  createCart,
  estimate,
  HUB_PROVIDER,
  listOptions,
  minorOf,
  productFacts,
  quotedAmount,
  readCart,
  storedCard,
  timingSummary,
  totalWeight,
} from "../../support/shipping"

// Three families, three categories; together between 1 and 2 kg.
const MIXED = ["anise-sesame-kaak-amman", "dead-sea-mud-soap-karak", "tatreez-cushion-cover-irbid"]
const HEAVY = "extra-virgin-olive-oil-irbid-3l"

/** The GCC card is in SAR: an AED cart pays it converted at the ministry's rates, up to the next whole dirham. */
function sarToAedFils(halalas: number, sar: string, aed: string): number {
  const scaled = (rate: string) => {
    const [whole = "", fraction = ""] = rate.split(".")
    return { units: BigInt(whole + fraction), scale: 10n ** BigInt(fraction.length) }
  }
  const from = scaled(sar)
  const to = scaled(aed)
  const numerator = BigInt(halalas) * to.units * from.scale
  const denominator = from.units * to.scale
  const fils = Number((2n * numerator + denominator) / (2n * denominator))
  return Math.ceil(fils / 100) * 100
}

/** The shop's estimate names the option Medusa lists and the price Medusa charges, in minor units. */
async function expectEstimateToAgree(cartId: string, optionId: string, minor: number) {
  const response = await estimate(cartId)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  expect(response.body.shipping_estimate).toMatchObject({ option_id: optionId, amount: minor })
}

describe("shipping a cart from the hub", () => {
  afterAll(() => {
    console.log(`[shipping timings] ${timingSummary()}`)
  })

  it("gives a EUR cart to Germany with several families' goods exactly one option, priced at its weight's bracket", async () => {
    const facts = await productFacts(MIXED)
    expect(new Set(facts.map((fact) => fact.family_id)).size).toBe(3)
    expect(new Set(facts.map((fact) => fact.category)).size).toBe(3)

    const cartId = await cartWith("eur", "de", MIXED)
    const options = await listOptions(cartId)
    expect(options).toHaveLength(1)
    const [option] = options
    expect(option?.provider_id).toBe(HUB_PROVIDER)
    expect(option?.name).toBe("International shipping — Europe")
    expect(option?.metadata?.name_ar).toBe("شحن دولي — أوروبا")

    const card = await storedCard("europe")
    expect(card.currency).toBe("eur")
    const grams = await totalWeight(MIXED)
    const { amount } = await quotedAmount(cartId)
    expect(minorOf(amount, 2)).toBe(bracketPrice(card.brackets, grams))
  })

  it("moves to the next bracket when a heavier item is added", async () => {
    const cartId = await cartWith("eur", "de", MIXED)
    const card = await storedCard("europe")
    const before = await totalWeight(MIXED)
    const after = await totalWeight([...MIXED, HEAVY])
    expect(bracketIndex(card.brackets, after)).toBeGreaterThan(bracketIndex(card.brackets, before))

    const light = await quotedAmount(cartId)
    await addItem(cartId, HEAVY)
    const heavy = await quotedAmount(cartId)
    expect(minorOf(light.amount, 2)).toBe(bracketPrice(card.brackets, before))
    expect(minorOf(heavy.amount, 2)).toBe(bracketPrice(card.brackets, after))
    expect(heavy.amount).toBeGreaterThan(light.amount)
    await expectEstimateToAgree(cartId, heavy.option.id, minorOf(heavy.amount, 2))
  })

  it("puts one shipping line on the cart whatever the number of families, and reprices it as the cart grows", async () => {
    const cartId = await cartWith("eur", "de", MIXED)
    const [option] = await listOptions(cartId)
    const card = await storedCard("europe")

    const added = await addShippingMethod(cartId, { option_id: option?.id })
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    let cart = await readCart(cartId)
    expect(cart.items).toHaveLength(3)
    expect(cart.shipping_methods).toHaveLength(1)
    expect(minorOf(cart.shipping_total, 2)).toBe(bracketPrice(card.brackets, await totalWeight(MIXED)))

    // Choosing the option again replaces the line rather than adding a second one.
    expect((await addShippingMethod(cartId, [{ option_id: option?.id }])).status).toBe(200)
    await addItem(cartId, HEAVY)
    cart = await readCart(cartId)
    expect(cart.shipping_methods).toHaveLength(1)
    expect(cart.shipping_methods[0]?.data).toEqual({ zone: "europe" })
    expect(minorOf(cart.shipping_total, 2)).toBe(
      bracketPrice(card.brackets, await totalWeight([...MIXED, HEAVY])),
    )
    expect(minorOf(cart.total, 2)).toBe(minorOf(cart.item_total, 2) + minorOf(cart.shipping_total, 2))
  })

  it("never takes the shipping price from the client", async () => {
    const cartId = await cartWith("eur", "de", MIXED)
    const [option] = await listOptions(cartId)
    const expected = bracketPrice((await storedCard("europe")).brackets, await totalWeight(MIXED))

    const withAmount = await addShippingMethod(cartId, { option_id: option?.id, amount: 0 })
    expect(withAmount.status).toBe(400)
    expect(String(withAmount.body.message)).toMatch(/^amount: /)
    const twoOptions = await addShippingMethod(cartId, [{ option_id: option?.id }, { option_id: option?.id }])
    expect(twoOptions.status).toBe(400)
    expect(String(twoOptions.body.message)).toMatch(/^option_id: .*one parcel/)
    expect((await readCart(cartId)).shipping_methods).toHaveLength(0)

    const dataAmount = await addShippingMethod(cartId, {
      option_id: option?.id,
      data: { amount: 0, price: 1 },
    })
    expect(dataAmount.status, JSON.stringify(dataAmount.body)).toBe(200)
    const cart = await readCart(cartId)
    expect(cart.shipping_methods).toHaveLength(1)
    expect(minorOf(cart.shipping_total, 2)).toBe(expected)
    expect(minorOf(cart.total, 2)).toBe(minorOf(cart.item_total, 2) + expected)
  })

  it("prices a JOD cart to Jordan in fils at the Jordan bracket", async () => {
    const handles = ["zaatar-blend-irbid", "dead-sea-mud-soap-karak"]
    const cartId = await cartWith("jod", "jo", handles)
    const { option, amount } = await quotedAmount(cartId)
    expect(option.data?.zone).toBe("jordan")
    const card = await storedCard("jordan")
    expect(card.currency).toBe("jod")
    expect(minorOf(amount, 3)).toBe(bracketPrice(card.brackets, await totalWeight(handles)))
    await expectEstimateToAgree(cartId, option.id, minorOf(amount, 3))

    expect((await addShippingMethod(cartId, { option_id: option.id })).status).toBe(200)
    const cart = await readCart(cartId)
    expect(cart.currency_code).toBe("jod")
    expect(cart.shipping_methods).toHaveLength(1)
    expect(minorOf(cart.shipping_total, 3)).toBe(minorOf(amount, 3))
  })

  it("gives a US address the North America option in USD", async () => {
    const handles = ["tatreez-cushion-cover-irbid"]
    const cartId = await cartWith("usd", "us", handles)
    const { option, amount } = await quotedAmount(cartId)
    expect(option.data?.zone).toBe("north_america")
    expect(option.name).toBe("International shipping — North America")
    const card = await storedCard("north_america")
    expect(card.currency).toBe("usd")
    expect(minorOf(amount, 2)).toBe(bracketPrice(card.brackets, await totalWeight(handles)))
    await expectEstimateToAgree(cartId, option.id, minorOf(amount, 2))
  })

  it("converts the GCC card for a cart in dirhams at the ministry's rates", async () => {
    const handles = ["dead-sea-mud-soap-karak"]
    const cartId = await cartWith("aed", "ae", handles)
    const { option, amount } = await quotedAmount(cartId)
    expect(option.data?.zone).toBe("gcc")
    const card = await storedCard("gcc")
    const rates = await withDb(async (db) => {
      const { rows } = await db.query(
        "select currency_code, rate from exchange_rate where deleted_at is null",
      )
      return Object.fromEntries(rows.map((row) => [row.currency_code, row.rate as string]))
    })
    const halalas = bracketPrice(card.brackets, await totalWeight(handles))
    expect(minorOf(amount, 2)).toBe(sarToAedFils(halalas, rates.sar as string, rates.aed as string))
    await expectEstimateToAgree(cartId, option.id, minorOf(amount, 2))
  })

  it("estimates delivery as the slowest family's processing days plus the zone's transit days", async () => {
    const cartId = await cartWith("eur", "fr", MIXED)
    const response = await estimate(cartId)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const facts = await productFacts(MIXED)
    const card = await storedCard("europe")
    const grams = await totalWeight(MIXED)
    const slowest = Math.max(...facts.map((fact) => fact.days))
    const [option] = await listOptions(cartId)
    expect(response.body.shipping_estimate).toEqual({
      option_id: option?.id,
      zone: "europe",
      amount: bracketPrice(card.brackets, grams),
      currency_code: "eur",
      total_weight_g: grams,
      processing_days: slowest,
      transit_days: card.transit,
      delivery_days: { min: slowest + card.transit.min, max: slowest + card.transit.max },
    })
  })

  it("tells each zone's countries and transit days before there is a cart (GET /store/shipping-zones)", async () => {
    const response = await api("/store/shipping-zones", { headers: withPublishableKey() })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const zones = response.body.shipping_zones as {
      zone: string
      countries: string[]
      transit_days: unknown
    }[]
    const europe = zones.find((zone) => zone.zone === "europe")
    expect(europe?.countries).toEqual(expect.arrayContaining(["de", "fr"]))
    expect(europe?.transit_days).toEqual((await storedCard("europe")).transit)
    expect(zones.find((zone) => zone.zone === "jordan")?.countries).toEqual(["jo"])
    // Every country appears in exactly one zone.
    const countries = zones.flatMap((zone) => zone.countries)
    expect(new Set(countries).size).toBe(countries.length)

    const noKey = await api("/store/shipping-zones")
    expect(noKey.status).toBe(400)
  })

  it("asks for a shipping address before pricing or estimating, and knows no unknown cart", async () => {
    const cartId = await createCart("eur")
    await addItem(cartId, MIXED[0] as string)
    const noAddress = await estimate(cartId)
    expect(noAddress.status).toBe(400)
    expect(String(noAddress.body.message)).toMatch(/^shipping_address: /)
    const options = await listOptions(cartId)
    const priced = await calculate(options[0]?.id as string, cartId)
    expect(priced.status).toBe(400)
    expect(String(priced.body.message)).toMatch(/shipping address/)

    const unknown = await api("/store/carts/cart_unknown/shipping-estimate", {
      headers: withPublishableKey(),
    })
    expect(unknown.status).toBe(404)
  })
})
