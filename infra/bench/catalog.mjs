// The catalogue's read path at scale (docs/adr/0011-catalogue-read-model.md): GET /store/catalog against
// Medusa's own GET /store/products for a page of 20 and against /health, in the same run, on the development
// server (ts-node) and on the compiled build; SQL statements per request at limit 10 and 50; and the listing's
// p99 at 1k products (a database of its own) against 10k. Writes infra/bench/results/catalog.json.
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { run, runOrThrow, startService, waitForHttp } from "../dev/run.mjs"
import { startCountingProxy } from "./pg-count-proxy.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
// Part of every "cache miss" URL, so no answer stored by an earlier run (within the cache's TTL) is found.
const RUN = 900_000_000 + Math.floor(Math.random() * 99_000_000)

/** The size; BENCH_SCALE="families,products,orders" overrides it (e.g. "100,1000,5000" for a quick run). */
export function scaleSize() {
  const [families, products, orders] = (process.env.BENCH_SCALE ?? "1000,10000,50000").split(",").map(Number)
  return { families, products, orders }
}

/** Runs the scale seed (idempotent: a database already at this size gains nothing). Returns what it took. */
export async function ensureScaleSeed({ backendDir, medusa, env, log, size = scaleSize() }) {
  log(
    `scale seed: ${size.families} families, ${size.products} products, ${size.orders} orders (adds only what is missing)`,
  )
  const started = performance.now()
  const out = spawnSync(
    process.execPath,
    [
      medusa,
      "exec",
      "./src/scripts/seed-scale.ts",
      "--",
      "--families",
      String(size.families),
      "--products",
      String(size.products),
      "--orders",
      String(size.orders),
    ],
    {
      cwd: backendDir,
      env: { ...process.env, ...env, MEDUSA_WORKER_MODE: "server", LOG_LEVEL: "info" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  if (out.status !== 0) throw new Error(`scale seed failed:\n${out.stdout.slice(-3000)}`)
  const done = out.stdout.split("\n").find((line) => line.includes("Scale seed done"))
  if (done) log(done.replace(/^.*?Scale seed/, "scale seed"))
  const added = /(\d+) products and (\d+) orders added/.exec(done ?? "")
  return {
    size,
    seconds: round((performance.now() - started) / 1000, 1),
    products_added: Number(added?.[1] ?? 0),
    orders_added: Number(added?.[2] ?? 0),
    summary: done?.replace(/^.*?Scale seed /, "") ?? null,
  }
}

const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits

/** One autocannon run with the load generator pinned to core 1 (the server has core 0). */
function load(url, { seconds, key, timeout = 10 }) {
  const out = execFileSync(
    "taskset",
    [
      "-c",
      "1",
      process.execPath,
      path.join(here, "load.mjs"),
      url,
      "10",
      String(seconds),
      ...(key ? [`x-publishable-api-key=${key}`] : []),
    ],
    { encoding: "utf8", env: { ...process.env, BENCH_TIMEOUT_SECONDS: String(timeout) } },
  )
  return JSON.parse(out.trim().split("\n").pop())
}

const brief = (result) =>
  `${result.req_per_s} req/s, p50 ${result.latency_ms.p50} ms, p99 ${result.latency_ms.p99} ms, ${result.bytes_per_response} B` +
  (result.non_2xx || result.errors || result.timeouts
    ? ` (non-2xx ${result.non_2xx}, errors ${result.errors}, timeouts ${result.timeouts})`
    : "")

/** Waits until the server answers /health quickly again (slow requests from an earlier measurement are done). */
async function settle(base, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  let quick = 0
  while (quick < 3 && Date.now() < deadline) {
    const started = performance.now()
    await fetch(`${base}/health`).catch(() => undefined)
    quick = performance.now() - started < 20 ? quick + 1 : 0
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** The same four measurements on one server: the framework's ceiling, Medusa's listing, ours warm and cold. */
async function measureServer(base, { key, regionId, seconds, log, label }) {
  const catalogUrl = `${base}/store/catalog?limit=20&region_id=${regionId}`
  // Every request a different (but equally broad) listing, so none is answered from Redis.
  const uncachedUrl = `${base}/store/catalog?limit=20&region_id=${regionId}&min_price=[n]&max_price=${RUN}`
  const medusaUrl = `${base}/store/products?limit=20&region_id=${regionId}&fields=*variants.calculated_price`
  const pause = () => new Promise((resolve) => setTimeout(resolve, 3_000))
  log(`${label}: warming up`)
  load(catalogUrl, { seconds: 3, key })
  log(`${label}: GET /health for ${seconds} s at concurrency 10`)
  const health = load(`${base}/health`, { seconds })
  log(`  ${brief(health)}`)
  log(`${label}: GET /store/catalog (limit 20, answered from Redis) for ${seconds} s`)
  const catalog = load(catalogUrl, { seconds, key })
  log(`  ${brief(catalog)}`)
  log(`${label}: GET /store/catalog (limit 20, every request a cache miss) for ${seconds} s`)
  const catalogUncached = load(uncachedUrl, { seconds, key })
  log(`  ${brief(catalogUncached)}`)
  // Medusa's last: its slow requests still running when a measurement ends must not slow the next one.
  load(medusaUrl, { seconds: 5, key, timeout: 60 })
  await pause()
  log(`${label}: GET /store/products (Medusa, limit 20) for ${seconds} s`)
  const storeProducts = load(medusaUrl, { seconds, key, timeout: 60 })
  log(`  ${brief(storeProducts)}`)
  await pause()
  return {
    health,
    store_products: storeProducts,
    catalog,
    catalog_uncached: catalogUncached,
  }
}

async function startBackend({ label, cwd, medusa, env, port }) {
  const server = startService(label, "taskset", ["-c", "0", process.execPath, medusa, "start"], {
    cwd,
    env: { ...env, MEDUSA_WORKER_MODE: "server", PORT: String(port) },
  })
  let alive = true
  void server.exited.then(() => {
    alive = false
  })
  try {
    await waitForHttp(`http://localhost:${port}/health`, { isAlive: () => alive })
  } catch (error) {
    await server.stop()
    throw error
  }
  return server
}

async function query(pg, databaseUrl, sql, params = []) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}

/**
 * Statements per request, counted by pg_stat_statements when PostgreSQL loads it, otherwise by a proxy on the
 * wire protocol in front of a server of its own. Requests go one at a time; the median of the per-request
 * counts is reported (with the min and max), and the statements of one request are kept as an example.
 */
async function countStatements({ pg, databaseUrl, backend, key, regionId, log }) {
  const preload =
    (await query(pg, databaseUrl, "show shared_preload_libraries"))[0]?.shared_preload_libraries ?? ""
  const viaExtension = preload.split(",").some((name) => name.trim() === "pg_stat_statements")
  let proxy
  let server
  let base
  let counter
  if (viaExtension) {
    await query(pg, databaseUrl, "create extension if not exists pg_stat_statements")
    const total = async () =>
      Number(
        (
          await query(
            pg,
            databaseUrl,
            `select coalesce(sum(calls), 0) as calls from pg_stat_statements
              where dbid = (select oid from pg_database where datname = current_database())
                and query not ilike '%pg_stat_statements%'`,
          )
        )[0].calls,
      )
    base = backend.base
    counter = {
      reset: async () => query(pg, databaseUrl, "select pg_stat_statements_reset()"),
      read: async () => ({ count: await total(), texts: [] }),
    }
  } else {
    proxy = await startCountingProxy(databaseUrl)
    server = await startBackend({
      label: "[statements]",
      cwd: backend.cwd,
      medusa: backend.medusa,
      env: { ...backend.env, DATABASE_URL: proxy.url, QUEUE_PREFIX: "benchsql" },
      port: backend.port,
    })
    base = `http://localhost:${backend.port}`
    counter = {
      reset: async () => proxy.reset(),
      read: async () => {
        const texts = proxy.take()
        return { count: texts.length, texts }
      },
    }
  }
  const headers = { "x-publishable-api-key": key }
  let distinct = 0
  async function perRequest(makeUrl, runs = 15) {
    const counts = []
    let example = []
    // One request first, so connections and lazy lookups (the region's currency) are not counted.
    await fetch(makeUrl(), { headers }).then((response) => response.text())
    for (let run = 0; run < runs; run++) {
      await new Promise((resolve) => setTimeout(resolve, 30))
      await counter.reset()
      const response = await fetch(makeUrl(), { headers })
      await response.text()
      if (!response.ok) throw new Error(`${makeUrl()} answered ${response.status}`)
      await new Promise((resolve) => setTimeout(resolve, 30))
      const { count, texts } = await counter.read()
      counts.push(count)
      if (texts.length && example.length === 0) example = texts
    }
    counts.sort((a, b) => a - b)
    return { median: counts[Math.floor(counts.length / 2)], min: counts[0], max: counts.at(-1), example }
  }
  const catalog = (limit) => () => {
    distinct += 1
    return `${base}/store/catalog?limit=${limit}&region_id=${regionId}&min_price=${distinct}&max_price=${RUN}`
  }
  const catalogCached = (limit) => () => `${base}/store/catalog?limit=${limit}&region_id=${regionId}`
  const medusa = (limit) => () =>
    `${base}/store/products?limit=${limit}&region_id=${regionId}&fields=*variants.calculated_price`
  try {
    log(
      `counting SQL statements per request (${viaExtension ? "pg_stat_statements" : "wire-protocol proxy"})`,
    )
    const result = {
      method: viaExtension
        ? "pg_stat_statements (in shared_preload_libraries): calls in the bench database between two resets, one request at a time"
        : "pg_stat_statements is not in this PostgreSQL's shared_preload_libraries (loading it needs a restart of a server other work shares), so a proxy in front of a dedicated backend counts the Query and Execute messages the backend sends on the wire: one request at a time, median of 15",
      catalog_uncached: { limit_10: await perRequest(catalog(10)), limit_50: await perRequest(catalog(50)) },
      catalog_cached: {
        limit_10: await perRequest(catalogCached(10)),
        limit_50: await perRequest(catalogCached(50)),
      },
      store_products: {
        limit_10: await perRequest(medusa(10), 5),
        limit_50: await perRequest(medusa(50), 5),
      },
    }
    for (const key of ["catalog_uncached", "catalog_cached", "store_products"]) {
      const { limit_10, limit_50 } = result[key]
      log(`  ${key}: ${limit_10.median} statements at limit 10, ${limit_50.median} at limit 50`)
    }
    return result
  } finally {
    await server?.stop()
    await proxy?.stop()
  }
}

const withDatabase = (url, name) => {
  const next = new URL(url)
  next.pathname = `/${name}`
  return next.toString()
}

/** A database of its own at 1k products: migrated, demo-seeded and scale-seeded once, reused after. */
async function prepareSmallDatabase({ pg, databaseUrl, backendDir, medusa, env, log }) {
  const name = `${new URL(databaseUrl).pathname.slice(1)}_1k`
  const exists = await query(
    pg,
    withDatabase(databaseUrl, "postgres"),
    "select 1 from pg_database where datname = $1",
    [name],
  )
  if (exists.length === 0) await query(pg, withDatabase(databaseUrl, "postgres"), `create database "${name}"`)
  const url = withDatabase(databaseUrl, name)
  const smallEnv = { ...env, DATABASE_URL: url, QUEUE_PREFIX: "bench1k" }
  log(`1k database ${name}: migrating and seeding (only what is missing)`)
  await runOrThrow(process.execPath, [medusa, "db:migrate"], { cwd: backendDir, env: smallEnv })
  await runOrThrow(process.execPath, [medusa, "exec", "./src/scripts/seed.ts"], {
    cwd: backendDir,
    env: { ...smallEnv, MEDUSA_WORKER_MODE: "server" },
  })
  const full = scaleSize()
  const size = {
    families: Math.ceil(full.families / 10),
    products: Math.ceil(full.products / 10),
    orders: Math.ceil(full.orders / 10),
  }
  await ensureScaleSeed({ backendDir, medusa, env: smallEnv, log, size })
  return { url, env: smallEnv }
}

async function catalogData(pg, databaseUrl, regionId) {
  const [row] = await query(
    pg,
    databaseUrl,
    `select (select count(*) from product where deleted_at is null)::int as products,
            (select count(*) from family where deleted_at is null)::int as families,
            (select count(*) from "order" where deleted_at is null)::int as orders,
            (select count(*) from catalog_entry e join region r on r.currency_code = e.currency_code
              where r.id = $1 and e.visible)::int as cards_in_region`,
    [regionId],
  )
  return row
}

/**
 * The whole catalogue benchmark. `server` is the bench's running backend (development mode); this starts the
 * compiled build, a statement-counting backend (when needed) and a 1k-product backend on core 0 in turn.
 */
export async function runCatalogBench({
  root,
  base,
  port,
  freePort,
  key,
  databaseUrl,
  env,
  seconds,
  scaleSeed,
  log,
}) {
  const pg = (await import("pg")).default
  const backendDir = path.join(root, "backend")
  const medusa = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")
  const [usd] = await query(
    pg,
    databaseUrl,
    "select id from region where currency_code = 'usd' and deleted_at is null",
  )
  const regionId = usd.id
  const data = await catalogData(pg, databaseUrl, regionId)
  log(`catalogue: ${data.products} products, ${data.cards_in_region} on sale in USD, ${data.orders} orders`)

  await settle(base)
  const builds = {}
  builds.development = await measureServer(base, {
    key,
    regionId,
    seconds,
    log,
    label: "development (ts-node)",
  })

  log("building the backend (medusa build) to measure the compiled server too")
  const compiledDir = path.join(backendDir, ".medusa", "server")
  // Medusa writes the build even when type checking reports errors (and then exits 1): what counts is the output.
  rmSync(path.join(compiledDir, "medusa-config.js"), { force: true })
  const buildCode = await run(process.execPath, [medusa, "build"], { cwd: backendDir, env })
  let buildNote = buildCode === 0 ? "built cleanly" : `medusa build exited with code ${buildCode}`
  if (existsSync(path.join(compiledDir, "medusa-config.js"))) {
    const compiledPort = await freePort(port + 10)
    const compiled = await startBackend({
      label: "[compiled]",
      cwd: compiledDir,
      medusa,
      env,
      port: compiledPort,
    }).catch((error) => {
      buildNote += `; the compiled server did not start (${error.message}): only the development server was measured`
      log(buildNote)
      return undefined
    })
    try {
      if (compiled) {
        builds.production = await measureServer(`http://localhost:${compiledPort}`, {
          key,
          regionId,
          seconds,
          log,
          label: "compiled build",
        })
      }
    } finally {
      await compiled?.stop()
    }
  } else {
    buildNote += "; no build output, so only the development server was measured"
    log(buildNote)
  }
  // Both Medusa and the catalogue from the build where the catalogue is faster: the same build for both.
  const headline =
    builds.production && builds.production.catalog.req_per_s >= builds.development.catalog.req_per_s
      ? "production"
      : "development"
  const chosen = builds[headline]
  const serverDir = headline === "production" ? compiledDir : backendDir

  const statementsPort = await freePort(port + 20)
  const statements = await countStatements({
    pg,
    databaseUrl,
    backend: { base, cwd: serverDir, medusa, env, port: statementsPort },
    key,
    regionId,
    log,
  })

  const small = await prepareSmallDatabase({ pg, databaseUrl, backendDir, medusa, env, log })
  const [smallUsd] = await query(
    pg,
    small.url,
    "select id from region where currency_code = 'usd' and deleted_at is null",
  )
  const [smallKey] = await query(
    pg,
    small.url,
    "select token from api_key where title = 'Usra storefront' and type = 'publishable' and revoked_at is null",
  )
  const smallData = await catalogData(pg, small.url, smallUsd.id)
  const smallPort = await freePort(port + 30)
  const smallServer = await startBackend({
    label: "[1k]",
    cwd: serverDir,
    medusa,
    env: small.env,
    port: smallPort,
  })
  let at1k
  try {
    const smallBase = `http://localhost:${smallPort}`
    load(`${smallBase}/store/catalog?limit=20&region_id=${smallUsd.id}`, { seconds: 3, key: smallKey.token })
    log(`1k products (${smallData.products}): GET /store/catalog, answered from Redis, for ${seconds} s`)
    const cached = load(`${smallBase}/store/catalog?limit=20&region_id=${smallUsd.id}`, {
      seconds,
      key: smallKey.token,
    })
    log(`  ${brief(cached)}`)
    log(`1k products: GET /store/catalog, every request a cache miss, for ${seconds} s`)
    const uncached = load(
      `${smallBase}/store/catalog?limit=20&region_id=${smallUsd.id}&min_price=[n]&max_price=${RUN}`,
      {
        seconds,
        key: smallKey.token,
      },
    )
    log(`  ${brief(uncached)}`)
    at1k = { cached, uncached }
  } finally {
    await smallServer.stop()
  }

  const ratio = (a, b) => (b ? round(a / b) : null)
  const result = {
    benchmark: "catalog",
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model,
      memory_gb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      load_average_1m: round(os.loadavg()[0], 1),
    },
    method:
      "autocannon at concurrency 10 pinned to core 1, the server pinned to core 0, MEDUSA_WORKER_MODE=server; " +
      "USD region, 20 products a page; 'catalog' repeats one URL (answered from Redis after the first), " +
      "'catalog_uncached' changes min_price on every request so each one is computed in PostgreSQL",
    data,
    scale_seed: scaleSeed ?? null,
    headline_build: headline,
    build_note: buildNote,
    builds,
    health: chosen.health,
    store_products: chosen.store_products,
    catalog: chosen.catalog,
    catalog_uncached: chosen.catalog_uncached,
    catalog_vs_medusa_ratio: ratio(chosen.catalog.req_per_s, chosen.store_products.req_per_s),
    catalog_uncached_vs_medusa_ratio: ratio(
      chosen.catalog_uncached.req_per_s,
      chosen.store_products.req_per_s,
    ),
    catalog_vs_health_ratio: ratio(chosen.catalog.req_per_s, chosen.health.req_per_s),
    bytes_vs_medusa_ratio: ratio(chosen.catalog.bytes_per_response, chosen.store_products.bytes_per_response),
    statements,
    scale_1k_vs_10k: {
      products_1k: smallData.products,
      products_10k: data.products,
      cached: {
        p99_ms_1k: at1k.cached.latency_ms.p99,
        p99_ms_10k: chosen.catalog.latency_ms.p99,
        ratio: ratio(chosen.catalog.latency_ms.p99, at1k.cached.latency_ms.p99),
        req_per_s_1k: at1k.cached.req_per_s,
      },
      uncached: {
        p99_ms_1k: at1k.uncached.latency_ms.p99,
        p99_ms_10k: chosen.catalog_uncached.latency_ms.p99,
        ratio: ratio(chosen.catalog_uncached.latency_ms.p99, at1k.uncached.latency_ms.p99),
        req_per_s_1k: at1k.uncached.req_per_s,
      },
    },
  }
  result.goals = {
    catalog_at_least_25x_medusa_req_per_s: result.catalog_vs_medusa_ratio >= 25,
    catalog_at_least_30_percent_of_health: result.catalog_vs_health_ratio >= 0.3,
    catalog_bytes_at_most_a_fifth_of_medusa: result.bytes_vs_medusa_ratio <= 0.2,
    equal_statements_at_limit_10_and_50:
      statements.catalog_uncached.limit_10.median === statements.catalog_uncached.limit_50.median &&
      statements.catalog_cached.limit_10.median === statements.catalog_cached.limit_50.median,
    p99_1k_vs_10k_within_1_5x:
      result.scale_1k_vs_10k.cached.ratio <= 1.5 && result.scale_1k_vs_10k.uncached.ratio <= 1.5,
  }
  log(
    `catalogue vs Medusa ${result.catalog_vs_medusa_ratio}x req/s, vs /health ${result.catalog_vs_health_ratio}, bytes ${result.bytes_vs_medusa_ratio}; goals ${JSON.stringify(result.goals)}`,
  )
  return result
}

/**
 * This run's scale seed, and the run that seeded the database (a re-run adds nothing and only takes seconds,
 * so the seeding run's time is kept from the previous result).
 */
export function scaleSeedRecord(thisRun) {
  const file = path.join(here, "results", "catalog.json")
  let previous
  try {
    previous = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).scale_seed : undefined
  } catch {
    previous = undefined
  }
  return {
    this_run: thisRun,
    first_run: thisRun.products_added > 0 ? thisRun : (previous?.first_run ?? null),
  }
}
