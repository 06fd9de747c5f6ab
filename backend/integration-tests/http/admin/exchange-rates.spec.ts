import { afterAll, describe, expect, inject, it } from "vitest"
import { api, asAdmin, withDb, withPublishableKey } from "../../support/context"
import { redisServer, shutdownRedis } from "../../support/redis-server"
import { waitFor } from "../../support/wait-for"

type Rates = Record<"usd" | "eur" | "gbp" | "sar" | "aed", string>
type JobView = {
  id: string
  state: string
  progress: { done: number; total: number } | null
  failed_reason: string | null
}
type StoreProduct = {
  id: string
  handle: string
  metadata: Record<string, unknown> | null
  variants: { id: string; calculated_price: { calculated_amount: number } | null }[]
}

// The launch rates the seed stores and prices the demo catalogue at (src/lib/pricing/rates.ts).
const SEED_RATES: Rates = { usd: "1.41", eur: "1.30", gbp: "1.11", sar: "5.29", aed: "5.18" }
// Demo products from different categories and price ranges.
const SAMPLE_HANDLES = [
  "anise-sesame-kaak-amman",
  "dead-sea-mud-soap-karak",
  "extra-virgin-olive-oil-irbid-3l",
  "tatreez-cushion-cover-irbid",
  "tree-of-life-mosaic-panel-amman",
]
const byHandles = (handles: string[]) =>
  `order=handle&${handles.map((handle) => `handle[]=${handle}`).join("&")}`

/**
 * The documented rounding, written out again here so the test does not trust the code it checks: convert
 * fils at the rate, round half up to the cent, then up to the next .49 or .99.
 */
function charmCents(fils: number, rate: string): number {
  const [whole = "", fraction = ""] = rate.split(".")
  const rateUnits = BigInt(whole + fraction)
  const rateScale = 10n ** BigInt(fraction.length)
  // fils / 1000 dinars x rate x 100 cents, rounded half up
  const numerator = BigInt(fils) * rateUnits * 100n
  const denominator = 1000n * rateScale
  const cents = Number((2n * numerator + denominator) / (2n * denominator))
  if (cents === 0) return 0
  const dollars = Math.floor(cents / 100) * 100
  return dollars + (cents - dollars <= 49 ? 49 : 99)
}

const post = (body: unknown) => api("/admin/exchange-rates", { method: "POST", body, headers: asAdmin() })

async function finished(jobId: string): Promise<JobView> {
  return waitFor(
    async () => {
      const response = await api(`/admin/jobs/${jobId}`, { headers: asAdmin() })
      const job = response.body.job as JobView | undefined
      if (job?.state === "failed") throw new Error(`job ${jobId} failed: ${job.failed_reason}`)
      return job?.state === "completed" ? job : undefined
    },
    { timeoutMs: 60_000, intervalMs: 200, what: `job ${jobId} to complete` },
  )
}

async function setRatesAndWait(rates: Partial<Rates>): Promise<JobView> {
  const response = await post({ rates })
  expect(response.status, JSON.stringify(response.body)).toBe(202)
  return finished((response.body.job as { id: string }).id)
}

async function regionId(currency: string): Promise<string> {
  const response = await api("/store/regions?limit=50", { headers: withPublishableKey() })
  const regions = response.body.regions as { id: string; currency_code: string }[]
  const region = regions.find((candidate) => candidate.currency_code === currency)
  if (!region) throw new Error(`no ${currency} region`)
  return region.id
}

async function storeProducts(currency: string, query: string): Promise<StoreProduct[]> {
  const fields = "fields=id,handle,metadata,*variants.calculated_price"
  const response = await api(`/store/products?${query}&region_id=${await regionId(currency)}&${fields}`, {
    headers: withPublishableKey(),
  })
  expect(response.status).toBe(200)
  return response.body.products as StoreProduct[]
}

const firstPrice = (product: StoreProduct) => product.variants[0]?.calculated_price?.calculated_amount
const toCents = (amount: number | undefined) => Math.round((amount ?? Number.NaN) * 100)
const variantCount = () =>
  withDb(async (db) => {
    const { rows } = await db.query("select count(*)::int as n from product_variant where deleted_at is null")
    return rows[0].n as number
  })
const historyCount = () =>
  withDb(async (db) => {
    const { rows } = await db.query("select count(*)::int as n from exchange_rate_history")
    return rows[0].n as number
  })

describe("exchange rates through the admin API", () => {
  // Later files expect the catalogue at the seed's prices.
  afterAll(async () => {
    await setRatesAndWait(SEED_RATES)
  }, 120_000)

  it("requires a logged-in ministry user", async () => {
    expect((await api("/admin/exchange-rates")).status).toBe(401)
    expect(
      (await api("/admin/exchange-rates", { method: "POST", body: { rates: { usd: "1.5" } } })).status,
    ).toBe(401)
    expect((await api("/admin/jobs/reprice-all-x")).status).toBe(401)
  })

  it("lists the five buyer currencies' rates against JOD and the rounding", async () => {
    const response = await api("/admin/exchange-rates", { headers: asAdmin() })
    expect(response.status).toBe(200)
    expect(response.body.base).toBe("jod")
    expect(String(response.body.rounding)).toMatch(/\.49 or \.99/)
    const rates = response.body.exchange_rates as {
      currency_code: string
      rate: string
      updated_at: string
    }[]
    expect(Object.fromEntries(rates.map((rate) => [rate.currency_code, rate.rate]))).toEqual(SEED_RATES)
    for (const rate of rates) expect(Number.isNaN(Date.parse(rate.updated_at))).toBe(false)
  })

  it.each([
    [{ rates: { xyz: "1.2" } }, "xyz", /unknown currency/],
    [{ rates: { usd: "-1" } }, "usd", /positive decimal/],
    [{ rates: { eur: "abc" } }, "eur", /positive decimal/],
    [{ rates: { gbp: "0" } }, "gbp", /greater than 0/],
    [{ rates: { sar: "1.1234567" } }, "sar", /at most 6 decimals/],
    [{ rates: { aed: "1000" } }, "aed", /at most 100/],
    [{ rates: { usd: 1.41 } }, "usd", /string/],
    [{ rates: { usd: "1.5" }, apply_at: "tomorrow" }, "apply_at", /Unrecognized/],
    [{ rates: {} }, "rates", /at least one/],
    [{}, "rates", /required/],
  ])("POST %j is a 400 naming %s and the rule", async (body, name, rule) => {
    const before = await historyCount()
    const response = await post(body)
    expect(response.status).toBe(400)
    expect(String(response.body.message)).toContain(name)
    expect(String(response.body.message)).toMatch(rule)
    expect(await historyCount()).toBe(before)
  })

  it("answers 404 for a job the queue does not know", async () => {
    const response = await api("/admin/jobs/unknown-id", { headers: asAdmin() })
    expect(response.status).toBe(404)
    expect(String(response.body.message)).toContain("unknown-id")
  })

  it("keeps the old rates and answers 503 while the queue's Redis is down", async () => {
    const historyBefore = await historyCount()
    await shutdownRedis(inject("queueRedisPort"))
    try {
      const down = await post({ rates: { gbp: "1.20" } })
      expect(down.status).toBe(503)
      expect(down.headers.get("retry-after")).toBe("5")
      const listed = await api("/admin/exchange-rates", { headers: asAdmin() })
      const gbp = (listed.body.exchange_rates as { currency_code: string; rate: string }[]).find(
        (rate) => rate.currency_code === "gbp",
      )
      expect(gbp?.rate).toBe(SEED_RATES.gbp)
      expect(await historyCount()).toBe(historyBefore)
    } finally {
      // Started detached on the same port; the global teardown shuts it down.
      await redisServer(inject("queueRedisPort"), { detached: true }).start()
    }
    await waitFor(async () => (await api("/admin/jobs/unknown-id", { headers: asAdmin() })).status === 404, {
      timeoutMs: 30_000,
      intervalMs: 500,
      what: "the queue to answer again",
    })
  })

  it("reprices every variant after a rate change, reporting progress, at the documented price points", async () => {
    const rates = { eur: "1.2575", usd: "1.45" }
    const response = await post({ rates })
    expect(response.status).toBe(202)
    const changed = response.body.exchange_rates as { currency_code: string; rate: string }[]
    expect(changed.find((rate) => rate.currency_code === "eur")?.rate).toBe("1.2575")
    const jobId = (response.body.job as { id: string }).id
    expect(jobId).toMatch(/^reprice-all-/)

    const job = await finished(jobId)
    const variants = await variantCount()
    expect(job.progress).toEqual({ done: variants, total: variants })

    const query = byHandles(SAMPLE_HANDLES)
    const [inEur, inJod] = [await storeProducts("eur", query), await storeProducts("jod", query)]
    expect(inEur.map((product) => product.handle)).toEqual(SAMPLE_HANDLES)
    for (const [index, product] of inEur.entries()) {
      const fils = product.metadata?.price_jod_fils as number
      expect(toCents(firstPrice(product)), product.handle).toBe(charmCents(fils, rates.eur))
      expect(firstPrice(inJod[index] as StoreProduct), product.handle).toBe(fils / 1000)
    }
  })

  it("gives the same prices when the same rates are applied again", async () => {
    const before = await storeProducts("usd", byHandles(SAMPLE_HANDLES))
    await setRatesAndWait({ usd: "1.45" })
    const after = await storeProducts("usd", byHandles(SAMPLE_HANDLES))
    expect(after.map(firstPrice)).toEqual(before.map(firstPrice))
  })

  it("follows a JOD price edited through Medusa's admin product API", async () => {
    const [product] = await storeProducts("usd", byHandles(["zaatar-blend-irbid"]))
    if (!product) throw new Error("no product")
    const admin = await api(`/admin/products/${product.id}?fields=id,metadata,*variants,*variants.prices`, {
      headers: asAdmin(),
    })
    const original = admin.body.product as {
      metadata: Record<string, unknown>
      variants: { id: string; prices: { currency_code: string; amount: number }[] }[]
    }
    const variant = original.variants[0]
    if (!variant) throw new Error("no variant")
    const originalFils = original.metadata.price_jod_fils as number
    const editJodPrice = (fils: number) =>
      api(`/admin/products/${product.id}`, {
        method: "POST",
        headers: asAdmin(),
        body: {
          metadata: { ...original.metadata, price_jod_fils: fils },
          variants: [{ id: variant.id, prices: [{ currency_code: "jod", amount: fils / 1000 }] }],
        },
      })
    const usdCents = async () =>
      toCents(firstPrice((await storeProducts("usd", byHandles([product.handle])))[0] as StoreProduct))

    const newFils = originalFils + 1_250
    expect((await editJodPrice(newFils)).status).toBe(200)
    await waitFor(async () => (await usdCents()) === charmCents(newFils, "1.45"), {
      timeoutMs: 15_000,
      intervalMs: 250,
      what: "the USD price to follow the new JOD price",
    })
    const prices = await withDb(async (db) => {
      const { rows } = await db.query(
        `select currency_code from price p join product_variant_price_set l on l.price_set_id = p.price_set_id
         where l.variant_id = $1 and p.deleted_at is null and l.deleted_at is null order by currency_code`,
        [variant.id],
      )
      return rows.map((row) => row.currency_code as string)
    })
    expect(prices).toEqual(["aed", "eur", "gbp", "jod", "sar", "usd"])

    expect((await editJodPrice(originalFils)).status).toBe(200)
    await waitFor(async () => (await usdCents()) === charmCents(originalFils, "1.45"), {
      timeoutMs: 15_000,
      intervalMs: 250,
      what: "the USD price to follow the JOD price back",
    })
  })

  it("prices a new product that only has its JOD price in metadata", async () => {
    const created = await api("/admin/products", {
      method: "POST",
      headers: asAdmin(),
      body: {
        title: "Reprice test jar",
        status: "draft",
        metadata: { price_jod_fils: 7_125 },
        options: [{ title: "Size", values: ["One size"] }],
        variants: [{ title: "One size", options: { Size: "One size" }, prices: [], manage_inventory: false }],
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(200)
    const productId = (created.body.product as { id: string }).id
    const livePrices = () =>
      withDb(async (db) => {
        const { rows } = await db.query(
          `select p.currency_code, p.amount::text as amount from price p
           join product_variant_price_set l on l.price_set_id = p.price_set_id and l.deleted_at is null
           join product_variant v on v.id = l.variant_id
           where v.product_id = $1 and p.deleted_at is null order by p.currency_code`,
          [productId],
        )
        return Object.fromEntries(rows.map((row) => [row.currency_code as string, Number(row.amount)]))
      })
    try {
      const prices = await waitFor(
        async () => {
          const found = await livePrices()
          return Object.keys(found).length === 6 ? found : undefined
        },
        { timeoutMs: 15_000, intervalMs: 250, what: "the new product's prices" },
      )
      expect(prices.jod).toBe(7.125)
      expect(Math.round((prices.usd ?? 0) * 100)).toBe(charmCents(7_125, "1.45"))
      expect(Math.round((prices.eur ?? 0) * 100)).toBe(charmCents(7_125, "1.2575"))

      // A variant that lost its price set (made outside Medusa's workflows) gets a new one on the next edit.
      await withDb((db) =>
        db.query(
          `with unlinked as (
             update product_variant_price_set l set deleted_at = now() from product_variant v
             where v.id = l.variant_id and v.product_id = $1 returning l.price_set_id)
           update price set deleted_at = now() where price_set_id in (select price_set_id from unlinked)`,
          [productId],
        ),
      )
      const edited = await api(`/admin/products/${productId}`, {
        method: "POST",
        headers: asAdmin(),
        body: { metadata: { price_jod_fils: 7_500 } },
      })
      expect(edited.status).toBe(200)
      const repriced = await waitFor(
        async () => {
          const found = await livePrices()
          return Object.keys(found).length === 6 ? found : undefined
        },
        { timeoutMs: 15_000, intervalMs: 250, what: "a new price set for the variant" },
      )
      expect(repriced.jod).toBe(7.5)
    } finally {
      expect(
        (await api(`/admin/products/${productId}`, { method: "DELETE", headers: asAdmin() })).status,
      ).toBe(200)
    }
    // Later files count prices per live variant.
    await waitFor(async () => Object.keys(await livePrices()).length === 0, {
      what: "the prices to go with it",
    })
  })
})
