import { expect } from "vitest"
import { store, withDb } from "./context"

type Json = Record<string, unknown>
export type Bracket = { max_weight_g: number | null; price: number }
export type StoreOption = {
  id: string
  name: string
  provider_id: string
  data: { zone?: string } | null
  metadata: Record<string, unknown> | null
}
export type StoreCart = {
  id: string
  currency_code: string
  total: number
  item_total: number
  shipping_total: number
  shipping_methods: { id: string; amount: number; shipping_option_id: string; data: Json }[]
  items: {
    id: string
    product_id: string
    variant_id: string
    quantity: number
    unit_price: number
    compare_at_unit_price: number | null
    total: number
  }[]
}

export const HUB_PROVIDER = "usra-hub_usra-hub"

/** Wall-clock timings of the store calls that matter for checkout, printed once by the spec. */
export const timings: Record<string, number[]> = {}
async function timed<T>(label: string, call: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await call()
  } finally {
    const list = timings[label] ?? []
    list.push(performance.now() - started)
    timings[label] = list
  }
}
export function timingSummary(): string {
  return Object.entries(timings)
    .map(([label, ms]) => {
      const sorted = [...ms].sort((a, b) => a - b)
      const median = sorted[Math.floor(sorted.length / 2)] ?? 0
      return `${label}: median ${median.toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms over ${ms.length}`
    })
    .join("; ")
}

export async function regionId(currency: string): Promise<string> {
  const response = await store("/store/regions?limit=50")
  const regions = response.body.regions as { id: string; currency_code: string }[]
  const region = regions.find((candidate) => candidate.currency_code === currency)
  if (!region) throw new Error(`no ${currency} region`)
  return region.id
}

export async function variantOf(handle: string): Promise<string> {
  const response = await store(`/store/products?handle=${handle}&fields=id,*variants`)
  const product = (response.body.products as { variants: { id: string }[] }[])[0]
  if (!product?.variants[0]) throw new Error(`product ${handle} is not in the store`)
  return product.variants[0].id
}

/** The price the store shows for a product's first variant in the region of `currency` (major units). */
export async function calculatedPrice(handle: string, currency: string): Promise<number> {
  const region = await regionId(currency)
  const response = await store(
    `/store/products?handle=${handle}&region_id=${region}&fields=id,*variants.calculated_price`,
  )
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  const product = (
    response.body.products as { variants: { calculated_price?: { calculated_amount: number } }[] }[]
  )[0]
  const amount = product?.variants[0]?.calculated_price?.calculated_amount
  if (typeof amount !== "number") throw new Error(`product ${handle} has no price in ${currency}`)
  return amount
}

export async function createCart(currency: string): Promise<string> {
  const response = await store("/store/carts", {
    method: "POST",
    body: { region_id: await regionId(currency) },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return (response.body.cart as { id: string }).id
}

export async function addItem(cartId: string, handle: string, quantity = 1): Promise<void> {
  const response = await store(`/store/carts/${cartId}/line-items`, {
    method: "POST",
    body: { variant_id: await variantOf(handle), quantity },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

export async function shipTo(cartId: string, country: string): Promise<void> {
  const response = await store(`/store/carts/${cartId}`, {
    method: "POST",
    body: {
      shipping_address: {
        first_name: "Test",
        last_name: "Buyer",
        address_1: "1 Test Street",
        city: "Test City",
        postal_code: "12345",
        country_code: country,
      },
    },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

/** A cart in `currency` holding the products (one each), shipped to `country`. */
export async function cartWith(currency: string, country: string, handles: string[]): Promise<string> {
  const cartId = await createCart(currency)
  for (const handle of handles) await addItem(cartId, handle)
  await shipTo(cartId, country)
  return cartId
}

export async function listOptions(cartId: string): Promise<StoreOption[]> {
  const response = await timed("GET /store/shipping-options", () =>
    store(`/store/shipping-options?cart_id=${cartId}&fields=+metadata,+data`),
  )
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.shipping_options as StoreOption[]
}

export async function calculate(optionId: string, cartId: string) {
  return timed("POST /store/shipping-options/:id/calculate", () =>
    store(`/store/shipping-options/${optionId}/calculate`, { method: "POST", body: { cart_id: cartId } }),
  )
}

/** The calculated price of the cart's one option, in the cart currency's major units (Medusa's unit). */
export async function quotedAmount(cartId: string): Promise<{ option: StoreOption; amount: number }> {
  const options = await listOptions(cartId)
  expect(options).toHaveLength(1)
  const option = options[0] as StoreOption
  const response = await calculate(option.id, cartId)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return { option, amount: (response.body.shipping_option as { amount: number }).amount }
}

export async function addShippingMethod(cartId: string, body: unknown) {
  return timed("POST /store/carts/:id/shipping-methods", () =>
    store(`/store/carts/${cartId}/shipping-methods`, { method: "POST", body }),
  )
}

export async function readCart(cartId: string): Promise<StoreCart> {
  const fields = "id,currency_code,total,item_total,shipping_total,*shipping_methods,*items"
  const response = await store(`/store/carts/${cartId}?fields=${fields}`)
  expect(response.status).toBe(200)
  return response.body.cart as StoreCart
}

export async function estimate(cartId: string) {
  return timed("GET /store/carts/:id/shipping-estimate", () =>
    store(`/store/carts/${cartId}/shipping-estimate`),
  )
}

/** Straight from the database: the weight and maker of each product, for computing expectations independently. */
export async function productFacts(handles: string[]) {
  return withDb(async (db) => {
    const { rows } = await db.query(
      `select p.handle, coalesce(v.weight, p.weight) as weight, (p.metadata->>'processing_days')::int as days,
              l.family_id, c.handle as category
       from product p
       join product_variant v on v.product_id = p.id and v.deleted_at is null
       left join family_family_product_product l on l.product_id = p.id and l.deleted_at is null
       left join product_category_product pc on pc.product_id = p.id
       left join product_category c on c.id = pc.product_category_id
       where p.handle = any($1) and p.deleted_at is null`,
      [handles],
    )
    return rows as { handle: string; weight: number; days: number; family_id: string; category: string }[]
  })
}

export async function totalWeight(handles: string[]): Promise<number> {
  const facts = await productFacts(handles)
  return handles.reduce(
    (sum, handle) => sum + Number(facts.find((fact) => fact.handle === handle)?.weight),
    0,
  )
}

export async function storedCard(zone: string) {
  return withDb(async (db) => {
    const rates = await db.query(
      "select max_weight_g, price, currency_code from shipping_zone_rate where zone = $1 and deleted_at is null",
      [zone],
    )
    const transit = await db.query(
      "select transit_days_min as min, transit_days_max as max from shipping_zone where zone = $1 and deleted_at is null",
      [zone],
    )
    return {
      currency: rates.rows[0]?.currency_code as string,
      brackets: rates.rows.map((row) => ({ max_weight_g: row.max_weight_g, price: row.price })) as Bracket[],
      transit: transit.rows[0] as { min: number; max: number },
    }
  })
}

/** Written again here, plainly, so the test does not trust the code it checks. */
export function bracketIndex(brackets: Bracket[], grams: number): number {
  const sorted = [...brackets].sort((a, b) => (a.max_weight_g ?? Infinity) - (b.max_weight_g ?? Infinity))
  return sorted.findIndex((bracket) => bracket.max_weight_g === null || grams <= bracket.max_weight_g)
}
export function bracketPrice(brackets: Bracket[], grams: number): number {
  const sorted = [...brackets].sort((a, b) => (a.max_weight_g ?? Infinity) - (b.max_weight_g ?? Infinity))
  const bracket = sorted[bracketIndex(brackets, grams)]
  if (!bracket) throw new Error(`no bracket for ${grams} g`)
  return bracket.price
}

export const minorOf = (major: number, exponent: number) => Math.round(major * 10 ** exponent)
