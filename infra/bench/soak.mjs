// The soak: a realistic mix of buyers, families and ministry staff against one backend for a while (default 10
// minutes; BENCH_SOAK_MINUTES), from concurrent virtual users on loopback. Counts 5xx, error rate and latency
// percentiles per minute, and the server's memory after a one-minute warm-up and at the end.
import { spawnSync } from "node:child_process"
import pg from "pg"
import { percentile } from "./stats.mjs"

const ADDRESS = {
  first_name: "Noura",
  last_name: "Haddad",
  address_1: "12 Rainbow Street",
  city: "Amman",
  postal_code: "11183",
  country_code: "jo",
}
const SEARCHES = ["zaatar", "olive", "embroidery", "soap", "زعتر", "تطريز", "مخلل", "basket"]
const FAMILY = { email: "family@usra.jo", password: "usra-family-2026" }
const REVIEWER = { email: "reviewer@usra.jo", password: "usra-demo-2026" }

/** Weighted actions a virtual user picks from: mostly browsing, as in a real shop. */
const MIX = [
  ["browse", 45],
  ["product", 20],
  ["search", 12],
  ["checkout", 8],
  ["family_edit", 8],
  ["ministry_review", 7],
]

function pick(random) {
  const total = MIX.reduce((sum, [, weight]) => sum + weight, 0)
  let roll = random() * total
  for (const [name, weight] of MIX) {
    roll -= weight
    if (roll <= 0) return name
  }
  return MIX[0][0]
}

function rssMb(pid) {
  const out = spawnSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).stdout.trim()
  return Math.round(Number(out) / 1024)
}

export async function runSoak({ base, publishableKey, databaseUrl, serverPid, minutes, users = 8, log }) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const products = (
    await db.query(
      `select p.id, v.id as variant_id from product p
         join product_variant v on v.product_id = p.id and v.deleted_at is null
         join family_family_product_product l on l.product_id = p.id and l.deleted_at is null
         join family f on f.id = l.family_id and f.status = 'approved'
        where p.status = 'published' and p.deleted_at is null limit 200`,
    )
  ).rows
  const regions = (await db.query("select id, currency_code from region where deleted_at is null")).rows
  await db.end()
  const jod = regions.find((region) => region.currency_code === "jod")
  const usd = regions.find((region) => region.currency_code === "usd")

  const minuteBuckets = []
  const bucket = (startedAt) => {
    const index = Math.floor((performance.now() - startedAt) / 60_000)
    minuteBuckets[index] ??= {
      minute: index + 1,
      requests: 0,
      errors_4xx: 0,
      errors_5xx: 0,
      failures: 0,
      ms: [],
    }
    return minuteBuckets[index]
  }
  const startedAt = performance.now()
  const fiveHundreds = []

  async function call(method, path, { body, token, key = true } = {}) {
    const started = performance.now()
    const into = bucket(startedAt)
    try {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          ...(key ? { "x-publishable-api-key": publishableKey } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const text = await response.text()
      into.requests += 1
      into.ms.push(performance.now() - started)
      if (response.status >= 500) {
        into.errors_5xx += 1
        if (fiveHundreds.length < 20)
          fiveHundreds.push(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`)
      } else if (response.status >= 400) into.errors_4xx += 1
      return { status: response.status, json: text ? JSON.parse(text) : {} }
    } catch (error) {
      into.requests += 1
      into.failures += 1
      return { status: 0, json: {}, error }
    }
  }

  const login = async (actor, who) =>
    (await call("POST", `/auth/${actor}/emailpass`, { body: who, key: false })).json.token
  const familyToken = await login("seller", FAMILY)
  const reviewerToken = await login("user", REVIEWER)
  const familyProducts =
    (await call("GET", "/seller/products?limit=20", { token: familyToken, key: false })).json.products ?? []

  const actions = {
    browse: (random) =>
      call(
        "GET",
        `/store/products?limit=20&offset=${Math.floor(random() * 5) * 20}&region_id=${usd.id}&fields=*variants.calculated_price`,
      ),
    product: (random) => {
      const product = products[Math.floor(random() * products.length)]
      return call(
        "GET",
        `/store/products/${product.id}?region_id=${usd.id}&fields=*variants.calculated_price`,
      )
    },
    search: (random) =>
      call(
        "GET",
        `/store/products?q=${encodeURIComponent(SEARCHES[Math.floor(random() * SEARCHES.length)])}&limit=20`,
      ),
    checkout: async (random) => {
      const product = products[Math.floor(random() * products.length)]
      const cart = await call("POST", "/store/carts", { body: { region_id: jod.id } })
      const cartId = cart.json.cart?.id
      if (!cartId) return
      await call("POST", `/store/carts/${cartId}/line-items`, {
        body: { variant_id: product.variant_id, quantity: 1 },
      })
      await call("POST", `/store/carts/${cartId}`, {
        body: { email: "soak-buyer@example.com", shipping_address: ADDRESS, billing_address: ADDRESS },
      })
      const options = await call("GET", `/store/shipping-options?cart_id=${cartId}`)
      const option = options.json.shipping_options?.[0]
      if (!option) return
      await call("POST", `/store/carts/${cartId}/shipping-methods`, { body: { option_id: option.id } })
      const collection = await call("POST", "/store/payment-collections", { body: { cart_id: cartId } })
      const collectionId = collection.json.payment_collection?.id
      if (!collectionId) return
      await call("POST", `/store/payment-collections/${collectionId}/payment-sessions`, {
        body: { provider_id: "pp_stripe_stripe", data: { payment_method: "pm_card_visa" } },
      })
      await call("POST", `/store/carts/${cartId}/complete`)
    },
    family_edit: async (random) => {
      const product = familyProducts[Math.floor(random() * familyProducts.length)]
      if (!product) return call("GET", "/seller/families/me", { token: familyToken, key: false })
      await call("GET", `/seller/products/${product.id}`, { token: familyToken, key: false })
      return call("POST", `/seller/products/${product.id}`, {
        token: familyToken,
        key: false,
        // Restocking: the edit families make most, and one that keeps the product listed.
        body: { stock: 20 + Math.floor(random() * 30) },
      })
    },
    ministry_review: () =>
      call("GET", "/admin/families?status=submitted&limit=20", { token: reviewerToken, key: false }),
  }

  const deadline = startedAt + minutes * 60_000
  let rssAfterWarmup
  const rssSamples = []
  const sampler = setInterval(() => {
    const seconds = Math.round((performance.now() - startedAt) / 1000)
    const mb = rssMb(serverPid)
    rssSamples.push({ seconds, rss_mb: mb })
    if (rssAfterWarmup === undefined && seconds >= 60) rssAfterWarmup = mb
  }, 10_000)

  log(`soak: ${users} virtual users for ${minutes} min`)
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      let seed = 1_000 + user
      const random = () => {
        seed = (seed * 16_807) % 2_147_483_647
        return seed / 2_147_483_647
      }
      while (performance.now() < deadline) await actions[pick(random)](random)
    }),
  )
  clearInterval(sampler)
  const rssEnd = rssMb(serverPid)
  rssAfterWarmup ??= rssSamples[0]?.rss_mb ?? rssEnd

  const timeline = minuteBuckets.filter(Boolean).map(({ ms, ...rest }) => ({
    ...rest,
    error_rate: rest.requests ? Number(((rest.errors_5xx + rest.failures) / rest.requests).toFixed(4)) : 0,
    p50_ms: percentile(ms, 50),
    p95_ms: percentile(ms, 95),
    p99_ms: percentile(ms, 99),
  }))
  const all = minuteBuckets.filter(Boolean)
  const total = (key) => all.reduce((sum, row) => sum + row[key], 0)
  const growth = (rssEnd - rssAfterWarmup) / rssAfterWarmup
  return {
    benchmark: "soak",
    date: new Date().toISOString(),
    minutes,
    virtual_users: users,
    mix: Object.fromEntries(MIX),
    requests: total("requests"),
    errors_5xx: total("errors_5xx"),
    failed_connections: total("failures"),
    client_errors_4xx: total("errors_4xx"),
    first_5xx: fiveHundreds,
    timeline,
    rss_mb: { after_warmup: rssAfterWarmup, end: rssEnd, growth_percent: Number((growth * 100).toFixed(1)) },
    rss_samples: rssSamples,
    goals: {
      zero_5xx: total("errors_5xx") === 0 && total("failures") === 0,
      rss_growth_under_10_percent: growth < 0.1,
    },
  }
}
