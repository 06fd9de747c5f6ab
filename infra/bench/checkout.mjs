// The checkout benchmark, run by run.mjs against its backend: every step of a buyer's checkout, timed as the wall
// time of each HTTP call from this process over loopback (keep-alive), for
//   multi:  a 3-family cart (3 items, one per approved family), paid by card (pm_card_visa), sent exactly as Usra's
//           shop sends it: through @usra/api-client (the fields the shop reads, its shipping estimate, its card
//           session)
//   single: Medusa's own single-seller counterpart, a 1-item cart paid through pp_system_default, sent as Medusa's
//           own storefront does (its default fields, /store/shipping-options): the stock checkout
// Two more flows tell apart what the card and what several families cost:
//   single_card:     the single cart, sent the stock way, paid by card
//   one_family_card: 3 items of one family, sent as the shop sends them (the multi cart, less its families)
// Every flow ships to the same region and goes through the same steps. After warm-ups, each round runs every flow
// once, in a shuffled order (seeded: BENCH_SEED), so no flow always follows the same one.
// Several products go in with one request to the batch route, the single cart's item through Medusa's.
import pg from "pg"
import { medianRatioInterval, percentile, seededRandom, shuffled } from "./stats.mjs"

export const STEPS = [
  "create_cart",
  "add_items",
  "set_email_address",
  "list_shipping_options",
  "add_shipping_method",
  "create_payment_collection",
  "create_payment_session",
  "complete_cart",
]

const ADDRESS = {
  first_name: "Lena",
  last_name: "Fischer",
  address_1: "Torstraße 1",
  city: "Berlin",
  postal_code: "10119",
  country_code: "de",
}

// Where the bank's 3-D Secure page would send the buyer back (the shop passes its own; pm_card_visa needs none).
const RETURN_URL = "http://localhost:3000/en/checkout/authenticated"

// The goal's pair, and stock paying by card: what the profiles compare.
const PROFILED_FLOWS = ["multi", "single", "single_card"]

const atMostOne = (value) => value !== null && value !== undefined && value <= 1

const ratio = (a, b) => (b > 0 ? Math.round((a / b) * 100) / 100 : null)

/** Products of approved families, published and in the store, grouped by family, read from the database. */
async function productsByFamily(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const { rows } = await db.query(
      `select l.family_id, v.id as variant_id
         from product p
         join product_variant v on v.product_id = p.id and v.deleted_at is null
         join family_family_product_product l on l.product_id = p.id and l.deleted_at is null
         join family f on f.id = l.family_id and f.status = 'approved'
        where p.status = 'published' and p.deleted_at is null
        order by l.family_id, p.handle`,
    )
    const families = new Map()
    for (const row of rows)
      families.set(row.family_id, [...(families.get(row.family_id) ?? []), row.variant_id])
    return [...families.values()]
  } finally {
    await db.end()
  }
}

/**
 * Every run places orders, and the bench database keeps them: without this, the products it buys run out of stock
 * after enough runs. Tops each variant's stock up to what is reserved plus `spare` (Medusa reads the raw_ columns).
 */
async function topUpStock(databaseUrl, variantIds, spare) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    await db.query(
      `update inventory_level l
          set stocked_quantity = l.reserved_quantity + $2,
              raw_stocked_quantity = jsonb_build_object('value', (l.reserved_quantity + $2)::text, 'precision', 20)
         from product_variant_inventory_item v
        where v.inventory_item_id = l.inventory_item_id and v.deleted_at is null and l.deleted_at is null
          and v.variant_id = any($1) and l.stocked_quantity < l.reserved_quantity + $2`,
      [variantIds, spare],
    )
  } finally {
    await db.end()
  }
}

/**
 * `profiler` (optional): { session, steps, rounds }: after the timed rounds, `rounds` more of the profiled flows,
 * with the server's CPU profiled (an inspectorSession of cpu-profile.mjs) during each of `steps`; their profiles
 * come back as `profiles[flow][step]`.
 */
export async function runCheckoutBench({
  base,
  publishableKey,
  databaseUrl,
  runs = 10,
  warmups = 2,
  log,
  profiler,
}) {
  const families = await productsByFamily(databaseUrl)
  if (families.length < 3)
    throw new Error(`checkout bench: ${families.length} approved families with products`)
  const allVariants = families.flat()
  await topUpStock(databaseUrl, allVariants, (runs + warmups + (profiler?.rounds ?? 0)) * 3)
  // Every step goes through this; the profiling rounds replace it to profile the steps asked for.
  let aroundStep = (_step, send) => send()

  async function call(method, path, body) {
    const started = performance.now()
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        "x-publishable-api-key": publishableKey,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    const ms = performance.now() - started
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`)
    return { ms, json: text ? JSON.parse(text) : {} }
  }

  const regionResponse = await call("GET", "/store/regions?limit=50")
  const region = regionResponse.json.regions.find((candidate) => candidate.currency_code === "eur")
  if (!region) throw new Error("checkout bench: no EUR region")

  /**
   * Stock Medusa's checkout as its own storefront sends it (Medusa's default fields, its shipping options route),
   * every step timed; returns { step: ms }.
   */
  async function stockCheckout(variants, provider, data) {
    const times = {}
    /** One step of one request: its answer, its time in `times`. */
    const step = async (name, method, path, body) => {
      const answer = await aroundStep(name, () => call(method, path, body))
      times[name] = answer.ms
      return answer
    }
    const cart = await step("create_cart", "POST", "/store/carts", { region_id: region.id })
    const cartId = cart.json.cart.id
    // Stock Medusa has no batch route: one request per product (the stock carts hold one).
    times.add_items = await aroundStep("add_items", async () => {
      let ms = 0
      for (const variant_id of variants) {
        ms += (await call("POST", `/store/carts/${cartId}/line-items`, { variant_id, quantity: 1 })).ms
      }
      return ms
    })
    await step("set_email_address", "POST", `/store/carts/${cartId}`, {
      email: "bench-buyer@example.com",
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
    })
    const options = await step("list_shipping_options", "GET", `/store/shipping-options?cart_id=${cartId}`)
    const option = options.json.shipping_options[0]
    if (!option) throw new Error(`checkout bench: no shipping option for cart ${cartId}`)
    await step("add_shipping_method", "POST", `/store/carts/${cartId}/shipping-methods`, {
      option_id: option.id,
    })
    const collection = await step("create_payment_collection", "POST", "/store/payment-collections", {
      cart_id: cartId,
    })
    const collectionId = collection.json.payment_collection.id
    await step(
      "create_payment_session",
      "POST",
      `/store/payment-collections/${collectionId}/payment-sessions`,
      {
        provider_id: provider,
        ...(data ? { data } : {}),
      },
    )
    const completed = await step("complete_cart", "POST", `/store/carts/${cartId}/complete`)
    if (completed.json.type !== "order") {
      throw new Error(
        `checkout bench: cart ${cartId} not completed: ${JSON.stringify(completed.json).slice(0, 300)}`,
      )
    }
    return times
  }

  // Usra's shop: the very calls its checkout makes, through @usra/api-client (built by run.mjs before this runs).
  const { createUsraClient } = await import("@usra/api-client")
  const shop = createUsraClient({ baseUrl: base, publishableKey })
  const timed = async (times, step, send) => {
    const started = performance.now()
    const value = await aroundStep(step, send)
    times[step] = performance.now() - started
    return value
  }

  /** Usra's checkout as the shop sends it (the fields it reads, its shipping estimate, its card session). */
  async function shopCheckout(variants) {
    const times = {}
    const cart = await timed(times, "create_cart", () => shop.carts.create({ region_id: region.id }))
    const items = variants.map((variant_id) => ({ variant_id, quantity: 1 }))
    await timed(times, "add_items", () => shop.carts.addItems(cart.id, items))
    const details = { email: "bench-buyer@example.com", shipping_address: ADDRESS, billing_address: ADDRESS }
    await timed(times, "set_email_address", () => shop.carts.update(cart.id, details))
    const estimate = await timed(times, "list_shipping_options", () => shop.carts.shippingEstimate(cart.id))
    await timed(times, "add_shipping_method", () => shop.carts.setShippingMethod(cart.id, estimate.option_id))
    const collection = await timed(times, "create_payment_collection", () =>
      shop.payments.createCollection(cart.id),
    )
    await timed(times, "create_payment_session", () =>
      shop.payments.createCardSession(collection.id, "pm_card_visa", RETURN_URL),
    )
    const completed = await timed(times, "complete_cart", () => shop.carts.complete(cart.id))
    if (completed.type !== "order") {
      throw new Error(
        `checkout bench: cart ${cart.id} not completed: ${JSON.stringify(completed).slice(0, 300)}`,
      )
    }
    return times
  }

  // Different products each run (and each family's products in turn), so no product's stock runs out.
  let turn = 0
  const multiCart = () => {
    const start = turn++
    return [0, 1, 2].map((offset) => {
      const family = families[(start * 3 + offset) % families.length]
      return family[Math.floor((start * 3 + offset) / families.length) % family.length]
    })
  }
  let singleTurn = 0
  const singleCart = () => [allVariants[(allVariants.length - 1 - singleTurn++) % allVariants.length]]
  // Three products of one family (the families with three or more, in turn).
  const roomy = families.filter((family) => family.length >= 3)
  let familyTurn = 0
  const oneFamilyCart = () => {
    const family = roomy[familyTurn % roomy.length]
    const start = 3 * Math.floor(familyTurn++ / roomy.length)
    return [0, 1, 2].map((offset) => family[(start + offset) % family.length])
  }
  const flows = {
    multi: () => shopCheckout(multiCart()),
    single: () => stockCheckout(singleCart(), "pp_system_default"),
    single_card: () => stockCheckout(singleCart(), "pp_stripe_stripe", { payment_method: "pm_card_visa" }),
    ...(roomy.length > 0 ? { one_family_card: () => shopCheckout(oneFamilyCart()) } : {}),
  }
  const names = Object.keys(flows)
  const seed = Number(process.env.BENCH_SEED ?? 1)
  const random = seededRandom(seed)

  log(`checkout: ${warmups} warm-up rounds of every flow`)
  for (let i = 0; i < warmups; i++) for (const name of names) await flows[name]()
  log(
    `checkout: measuring ${runs} rounds of ${names.join(", ")}, each round in a shuffled order (seed ${seed})`,
  )
  const measured = Object.fromEntries(names.map((name) => [name, []]))
  for (let i = 0; i < runs; i++) {
    for (const name of shuffled(names, random)) measured[name].push(await flows[name]())
  }

  const profiles = profiler ? await profileRounds(profiler) : undefined

  /** The profiled flows' steps, each under the server's CPU profiler; the profiles by flow and step. */
  async function profileRounds({ session, steps, rounds }) {
    const captured = {}
    let flow
    aroundStep = async (step, send) => {
      if (!steps.includes(step)) return send()
      await session.start()
      try {
        return await send()
      } finally {
        const profile = await session.stop()
        captured[flow] ??= {}
        captured[flow][step] ??= []
        captured[flow][step].push(profile)
      }
    }
    const profiled = PROFILED_FLOWS.filter((name) => flows[name])
    log(`checkout: profiling ${steps.join(", ")} in ${rounds} more rounds of ${profiled.join(", ")}`)
    for (let i = 0; i < rounds; i++) {
      for (flow of profiled) await flows[flow]()
    }
    aroundStep = (_step, send) => send()
    return captured
  }

  const summary = (list) => ({ p50: percentile(list, 50), p90: percentile(list, 90) })
  const compare = (pick) => {
    const times = Object.fromEntries(names.map((name) => [name, measured[name].map(pick)]))
    // multi against another flow: the ratio of medians, and its interval (null when that flow did not run).
    const versus = (other) =>
      times[other] ? ratio(percentile(times.multi, 50), percentile(times[other], 50)) : null
    const intervalVersus = (other) => (times[other] ? medianRatioInterval(times.multi, times[other]) : null)
    return {
      ...Object.fromEntries(names.map((name) => [name, summary(times[name])])),
      ratio_p50: versus("single"),
      ratio_p90: ratio(percentile(times.multi, 90), percentile(times.single, 90)),
      ratio_p50_interval90: intervalVersus("single"),
      ratio_vs_single_card_p50: versus("single_card"),
      ratio_vs_single_card_interval90: intervalVersus("single_card"),
      ratio_vs_one_family_card_p50: versus("one_family_card"),
      ratio_vs_one_family_card_interval90: intervalVersus("one_family_card"),
    }
  }
  const steps = Object.fromEntries(STEPS.map((step) => [step, compare((times) => times[step])]))
  const total = compare((times) => STEPS.reduce((sum, step) => sum + times[step], 0))
  return {
    benchmark: "checkout",
    ...(profiles ? { profiles } : {}),
    date: new Date().toISOString(),
    runs,
    warmups,
    seed,
    method:
      "wall time of each store API call from the bench process over loopback (keep-alive); add_items is one request in every flow (several items through POST /store/carts/:id/line-items/batch, one through Medusa's POST /store/carts/:id/line-items); Usra's flows list shipping with the shop's GET /store/carts/:id/shipping-estimate, the stock ones with GET /store/shipping-options; Usra's flows complete with the shop's POST /store/carts/:id/place-order (Medusa's complete-cart steps without stored checkpoints), the stock ones with Medusa's POST /store/carts/:id/complete; in the card flows the payment session records the card and completing the cart creates and confirms the PaymentIntent (docs/adr/0015); each round runs every flow once in a seeded shuffled order; a ratio's interval is the 90% bootstrap interval of the ratio of medians; server in MEDUSA_WORKER_MODE=server, so queued jobs (capture, split) are not part of the figures; the server on core 0, the bench process (its requests and the Stripe emulator, which delivers webhooks as it answers) on core 1",
    flows: {
      multi:
        "3 items from 3 approved families, EUR region, ship to de, card via pp_stripe_stripe (pm_card_visa), sent as Usra's shop sends them (@usra/api-client)",
      single:
        "1 item, EUR region, ship to de, pp_system_default, sent as Medusa's own storefront does (default fields, /store/shipping-options): stock Medusa checkout",
      single_card: "the single cart, sent the same stock way, card via pp_stripe_stripe (pm_card_visa)",
      one_family_card:
        "3 items of one approved family, sent as Usra's shop sends them, card via pp_stripe_stripe (pm_card_visa)",
    },
    steps,
    total,
    goals: {
      complete_cart_ratio_le_1: atMostOne(steps.complete_cart.ratio_p50),
      every_step_ratio_le_1: STEPS.every((step) => atMostOne(steps[step].ratio_p50)),
      // The same two goals against stock Medusa paying the same way: pp_system_default takes no money and calls no
      // one, so against it the payment steps also carry what paying by card costs (a Stripe call in each).
      complete_cart_vs_stock_by_card_le_1: atMostOne(steps.complete_cart.ratio_vs_single_card_p50),
      every_step_vs_stock_by_card_le_1: STEPS.every((step) =>
        atMostOne(steps[step].ratio_vs_single_card_p50),
      ),
    },
  }
}

const interval = (range) => (range ? `${range[0]}–${range[1]}` : "")

/** A short table of the result, one line per step: p50 of each flow, and multi's ratios with their intervals. */
export function checkoutTable(result) {
  const pad = (value, width) => String(value ?? "").padStart(width)
  const columns = [
    ["multi", 8, (entry) => entry.multi.p50],
    ["single", 8, (entry) => entry.single.p50],
    ["÷single", 9, (entry) => entry.ratio_p50],
    ["90% interval", 14, (entry) => interval(entry.ratio_p50_interval90)],
    ["1-item card", 13, (entry) => entry.single_card?.p50],
    ["÷1-item card", 14, (entry) => entry.ratio_vs_single_card_p50],
    ["90% interval", 14, (entry) => interval(entry.ratio_vs_single_card_interval90)],
    ["1-family card", 15, (entry) => entry.one_family_card?.p50],
    ["÷1-family", 11, (entry) => entry.ratio_vs_one_family_card_p50],
    ["90% interval", 14, (entry) => interval(entry.ratio_vs_one_family_card_interval90)],
  ]
  const row = (name, entry) =>
    `${name.padEnd(26)}${columns.map(([, width, value]) => pad(value(entry), width)).join("")}`
  const lines = [
    `${"step (p50 ms)".padEnd(26)}${columns.map(([title, width]) => pad(title, width)).join("")}`,
  ]
  for (const [name, entry] of Object.entries(result.steps)) lines.push(row(name, entry))
  lines.push(row("total", result.total))
  return lines.join("\n")
}
