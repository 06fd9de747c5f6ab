import { describe, expect, it } from "vitest"
import { api, withPublishableKey } from "../../support/context"

type Region = { id: string; name: string; currency_code: string }
type Product = {
  id: string
  title: string
  metadata: Record<string, unknown> | null
  variants: { calculated_price: { calculated_amount: number; currency_code: string } | null }[]
}

const EXPECTED_CURRENCIES = ["aed", "eur", "gbp", "jod", "sar", "usd"]

async function regions(): Promise<Region[]> {
  const response = await api("/store/regions?limit=50", { headers: withPublishableKey() })
  expect(response.status).toBe(200)
  return response.body.regions as Region[]
}

describe("GET /store/products", () => {
  it("has one region per market, each in its own currency", async () => {
    const currencies = (await regions()).map((region) => region.currency_code).sort()
    expect(currencies).toEqual(EXPECTED_CURRENCIES)
  })

  it("lists the demo catalogue priced in each region's currency", async () => {
    for (const region of await regions()) {
      const response = await api(
        `/store/products?limit=20&region_id=${region.id}&fields=id,title,metadata,*variants.calculated_price`,
        { headers: withPublishableKey() },
      )
      expect(response.status, region.name).toBe(200)
      expect(response.body.count as number).toBeGreaterThanOrEqual(100)
      const products = response.body.products as Product[]
      expect(products).toHaveLength(20)
      for (const product of products) {
        expect(typeof product.metadata?.title_ar).toBe("string")
        const price = product.variants[0]?.calculated_price
        expect(price?.currency_code, `${product.title} in ${region.name}`).toBe(region.currency_code)
        expect(price?.calculated_amount).toBeGreaterThan(0)
      }
    }
  })

  it("prices JOD with fils precision and other currencies at price points", async () => {
    const all = await regions()
    const jordan = all.find((region) => region.currency_code === "jod") as Region
    const usd = all.find((region) => region.currency_code === "usd") as Region
    const fields = "fields=id,metadata,*variants.calculated_price"
    const [inJod, inUsd] = await Promise.all(
      [jordan, usd].map((region) =>
        api(`/store/products?limit=10&order=handle&region_id=${region.id}&${fields}`, {
          headers: withPublishableKey(),
        }),
      ),
    )
    const jodProducts = inJod.body.products as Product[]
    const usdProducts = inUsd.body.products as Product[]
    for (const [index, product] of jodProducts.entries()) {
      const fils = product.metadata?.price_jod_fils as number
      expect(product.variants[0]?.calculated_price?.calculated_amount).toBe(fils / 1000)
      const cents = Math.round(
        (usdProducts[index]?.variants[0]?.calculated_price?.calculated_amount ?? 0) * 100,
      )
      expect([49, 99]).toContain(cents % 100)
    }
  })

  it("refuses a request without a publishable key, saying what is missing", async () => {
    const response = await api("/store/products")
    expect(response.status).toBe(400)
    expect(String(response.body.message)).toMatch(/publishable/i)
    expect(JSON.stringify(response.body)).not.toMatch(/at .+\.(js|ts):\d+/)
  })

  it("refuses an unknown publishable key", async () => {
    const response = await api("/store/products", {
      headers: { "x-publishable-api-key": "pk_not_a_real_key" },
    })
    expect([400, 401]).toContain(response.status)
    expect(String(response.body.message)).toMatch(/publishable/i)
  })
})
