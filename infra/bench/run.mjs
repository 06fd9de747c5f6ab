#!/usr/bin/env node
// `npm run bench`: starts the backend on the demo data (with the Stripe emulator, as `npm start` does) and measures
// the store's read path, then a whole checkout (checkout.mjs): 3-family card cart vs stock single-seller cart.
// Results: infra/bench/results/<benchmark>.json (the latest run; git keeps the history).
import { execFileSync, spawnSync } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensureDependencies } from "../dev/deps.mjs"
import { runOrThrow, startService, waitForHttp } from "../dev/run.mjs"
import { provideStripe } from "../dev/stripe.mjs"
import { ensureScaleSeed, runCatalogBench, scaleSeedRecord } from "./catalog.mjs"
import { checkoutTable, runCheckoutBench, STEPS } from "./checkout.mjs"
import { cpuMs, inspectorSession, summarizeProfiles } from "./cpu-profile.mjs"
import { storefrontBench } from "./lighthouse.mjs"
import { runPayoutBench } from "./payouts.mjs"
import { runQueueBench } from "./queue.mjs"
import { writeBenchmarksDoc } from "./report.mjs"
import { runSoak } from "./soak.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, "../..")
const backendDir = path.join(root, "backend")
const medusa = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")
const seconds = Number(process.env.BENCH_SECONDS ?? 20)
const checkouts = Number(process.env.BENCH_CHECKOUTS ?? 10)
const log = (line) => console.log(`[bench] ${line}`)
// BENCH_ONLY=payouts,queue runs only those parts (store, checkout, queue, payouts, catalog, storefront); unset runs
// everything.
// BENCH_PROFILE=complete_cart,add_shipping_method profiles the server's CPU during those checkout steps, in
// BENCH_PROFILE_ROUNDS more rounds after the timed ones (checkout-profile.json, profiles/*.cpuprofile). The server
// then runs under --inspect, so such a run measures the checkout alone and writes no checkout.json.
const profiledSteps = process.env.BENCH_PROFILE ? process.env.BENCH_PROFILE.split(",") : undefined
const profileRounds = Number(process.env.BENCH_PROFILE_ROUNDS ?? 10)
const unknownSteps = profiledSteps?.filter((step) => !STEPS.includes(step)) ?? []
if (unknownSteps.length > 0) {
  console.error(
    `[bench] BENCH_PROFILE: no checkout step ${unknownSteps.join(", ")}; the steps: ${STEPS.join(", ")}`,
  )
  process.exit(2)
}
const only = profiledSteps
  ? new Set(["checkout"])
  : process.env.BENCH_ONLY
    ? new Set(process.env.BENCH_ONLY.split(","))
    : undefined
const wanted = (part) => !only || only.has(part)

ensureDependencies(root)
const { ensureServices, freePort, redisDatabase } = await import("../dev/services.mjs")
const { queuesSettled } = await import("./queues-settled.mjs")
const pg = (await import("pg")).default

const BENCH_REDIS_DATABASE = 1
const services = await ensureServices({ database: "usra_bench" })
const port = await freePort(9400)
const env = {
  NODE_ENV: "development",
  DATABASE_URL: services.databaseUrl,
  // Its own database, as PostgreSQL's usra_bench: its events and jobs left at the end never reach `npm start`.
  REDIS_URL: redisDatabase(services.redisUrl, BENCH_REDIS_DATABASE),
  QUEUE_PREFIX: "bench",
  LOG_LEVEL: "warn",
}
let server
let worker
let stripe
try {
  await runOrThrow(
    "npx",
    [
      "turbo",
      "run",
      "build",
      "--filter=@usra/types",
      "--filter=@usra/i18n",
      "--filter=@usra/stripe-emulator",
      "--filter=@usra/api-client",
    ],
    {
      cwd: root,
    },
  )
  // After the build: the emulator runs from its built package. The seed needs the key to offer card payments.
  stripe = await provideStripe({
    backendUrl: `http://localhost:${port}`,
    // Each delivered webhook is a line: only the ones the backend did not take are worth printing here.
    log: (line) => {
      if (!/: HTTP 2\d\d$/.test(line)) log(`stripe: ${line}`)
    },
  })
  Object.assign(env, stripe.env)
  await runOrThrow(process.execPath, [medusa, "db:migrate"], { cwd: backendDir, env })
  await runOrThrow(process.execPath, [medusa, "exec", "./src/scripts/seed.ts"], {
    cwd: backendDir,
    env: { ...env, MEDUSA_WORKER_MODE: "server" },
  })
  // Every benchmark runs at the scale seed's size (catalog.mjs; idempotent, so a second run adds nothing).
  const scaleSeed =
    wanted("store") || wanted("catalog") ? await ensureScaleSeed({ backendDir, medusa, env, log }) : undefined
  const db = new pg.Client({ connectionString: services.databaseUrl })
  await db.connect()
  const key = (
    await db.query(
      "select token from api_key where title = 'Usra storefront' and type = 'publishable' and revoked_at is null",
    )
  ).rows[0].token
  const region = (await db.query("select id from region where currency_code = 'usd' and deleted_at is null"))
    .rows[0].id
  const products = Number(
    (await db.query("select count(*) from product where deleted_at is null")).rows[0].count,
  )
  await db.end()

  // The server gets core 0, the load generator core 1, so they do not fight for the same CPU.
  const inspectPort = profiledSteps ? await freePort(port + 30) : undefined
  const inspect = inspectPort ? [`--inspect=127.0.0.1:${inspectPort}`] : []
  server = startService("[backend]", "taskset", ["-c", "0", process.execPath, ...inspect, medusa, "start"], {
    cwd: backendDir,
    env: { ...env, MEDUSA_WORKER_MODE: "server", PORT: String(port) },
  })
  const base = `http://localhost:${port}`
  await waitForHttp(`${base}/health`)

  const load = (url, headers = []) => {
    const out = execFileSync(
      "taskset",
      ["-c", "1", process.execPath, path.join(here, "load.mjs"), url, "10", String(seconds), ...headers],
      {
        encoding: "utf8",
      },
    )
    return JSON.parse(out.trim().split("\n").pop())
  }
  const productsUrl = `${base}/store/products?limit=20&region_id=${region}&fields=*variants.calculated_price`
  const dir = path.join(here, "results")
  mkdirSync(dir, { recursive: true })
  if (wanted("store")) {
    // /health first: at the scale seed's size /store/products takes seconds, and the requests still running when
    // its measurement ends would slow whatever is measured next.
    log(`measuring GET /health for ${seconds} s at concurrency 10`)
    const health = load(`${base}/health`)
    log("warming up")
    load(productsUrl, [`x-publishable-api-key=${key}`])
    log(`measuring GET /store/products (limit 20, ${products} products) for ${seconds} s at concurrency 10`)
    const storeProducts = load(productsUrl, [`x-publishable-api-key=${key}`])

    const rssKb = Number(
      spawnSync("ps", ["-o", "rss=", "-p", String(server.child.pid)], { encoding: "utf8" }).stdout.trim(),
    )
    const result = {
      benchmark: "store-products",
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpu_model: os.cpus()[0]?.model,
        memory_gb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      data: { products },
      store_products: storeProducts,
      health,
      server_rss_mb: Math.round(rssKb / 1024),
    }
    const json = `${JSON.stringify(result, null, 2)}\n`
    writeFileSync(path.join(dir, "store-products.json"), json)
    log(
      `GET /store/products: ${storeProducts.req_per_s} req/s, p50 ${storeProducts.latency_ms.p50} ms, p99 ${storeProducts.latency_ms.p99} ms, ${storeProducts.bytes_per_response} B/response`,
    )
    log(
      `GET /health: ${health.req_per_s} req/s, p50 ${health.latency_ms.p50} ms, p99 ${health.latency_ms.p99} ms`,
    )
    log(`results written to ${path.relative(root, path.join(dir, "store-products.json"))}`)
  }

  if (wanted("checkout")) {
    // The checkout driver and the Stripe emulator run in this process: off the server's core while they time it.
    pinThisProcess("1")
    const session = inspectPort ? await inspectorSession(inspectPort) : undefined
    const { profiles, ...checkout } = await runCheckoutBench({
      base,
      publishableKey: key,
      databaseUrl: services.databaseUrl,
      runs: checkouts,
      log,
      profiler: session ? { session, steps: profiledSteps, rounds: profileRounds } : undefined,
    }).finally(() => {
      session?.close()
      pinThisProcess(`0-${os.cpus().length - 1}`)
    })
    log(`checkout, ms per step (wall time of the HTTP calls over loopback), ${checkouts} runs each:`)
    console.log(checkoutTable(checkout))
    log(`goals: ${JSON.stringify(checkout.goals)}`)
    if (profiles) {
      writeCheckoutProfile(profiles, checkout, dir)
    } else {
      writeFileSync(path.join(dir, "checkout.json"), `${JSON.stringify(checkout, null, 2)}\n`)
      log(`results written to ${path.relative(root, path.join(dir, "checkout.json"))}`)
    }
  }

  if (wanted("checkout") || wanted("payouts") || wanted("soak")) {
    // Jobs are run by a worker process, as in production; it shares core 0 with the API server. It starts after the
    // checkout part, timed without one, and first runs what that part left queued (its orders' events, captures
    // and Stripe events), so no later part times that work as its own.
    const workerPort = await freePort(port + 1)
    worker = startService("[worker] ", "taskset", ["-c", "0", process.execPath, medusa, "start"], {
      cwd: backendDir,
      env: { ...env, MEDUSA_WORKER_MODE: "worker", PORT: String(workerPort) },
    })
    await waitForHttp(`http://localhost:${workerPort}/health`)
    await queuesSettled({ redisUrl: env.REDIS_URL, log })
  }

  if (wanted("queue")) {
    const queue = runQueueBench({ root, env, log })
    writeFileSync(path.join(dir, "queue.json"), `${JSON.stringify(queue, null, 2)}\n`)
    log(
      `queue: ${queue.usra_queue.end_to_end_jobs_per_s} jobs/s end to end vs bare BullMQ ${queue.bare_bullmq.end_to_end_jobs_per_s} (ratio ${queue.usra_vs_bare_ratio.end_to_end})`,
    )
  }

  if (wanted("payouts")) {
    const payouts = await runPayoutBench({ root, env, base, databaseUrl: services.databaseUrl, log })
    writeFileSync(path.join(dir, "payouts.json"), `${JSON.stringify(payouts, null, 2)}\n`)
    log(
      `payout run: ${payouts.families} families in ${payouts.seconds} s (${payouts.families_per_second}/s), ${payouts.duplicates} duplicates, goals ${JSON.stringify(payouts.goals)}`,
    )
  }

  if (wanted("catalog")) {
    const catalog = await runCatalogBench({
      root,
      base,
      port,
      freePort,
      key,
      databaseUrl: services.databaseUrl,
      env,
      seconds,
      scaleSeed: scaleSeed ? scaleSeedRecord(scaleSeed) : undefined,
      log,
    })
    writeFileSync(path.join(dir, "catalog.json"), `${JSON.stringify(catalog, null, 2)}\n`)
    log(`results written to ${path.relative(root, path.join(dir, "catalog.json"))}`)
  }

  if (wanted("storefront")) {
    // Gzipped JS per route (storefront-js.json) and Lighthouse on the home, listing and product pages
    // (lighthouse.json), the storefront's production build served against the demo data.
    await storefrontBench({ env, databaseUrl: services.databaseUrl, backendDir, medusa, freePort, log })
  }
  log(`report written to ${path.relative(root, writeBenchmarksDoc())}`)

  if (wanted("soak")) {
    const minutes = Number(process.env.BENCH_SOAK_MINUTES ?? 10)
    const soak = await runSoak({
      base,
      publishableKey: key,
      databaseUrl: services.databaseUrl,
      serverPid: server.child.pid,
      minutes,
      log,
    })
    writeFileSync(path.join(dir, "soak.json"), `${JSON.stringify(soak, null, 2)}\n`)
    log(
      `soak: ${soak.requests} requests, ${soak.errors_5xx} 5xx, RSS ${soak.rss_mb.after_warmup} -> ${soak.rss_mb.end} MB (${soak.rss_mb.growth_percent}%), goals ${JSON.stringify(soak.goals)}`,
    )
  }
} finally {
  await worker?.stop()
  await server?.stop()
  await stripe?.stop()
  await services.stop()
}

/**
 * checkout-profile.json: each profiled step's CPU time per request by package and function, for each flow; and two
 * profiles of each under infra/bench/profiles/, to open in Chrome DevTools: a median one and the busiest.
 */
function writeCheckoutProfile(profiles, checkout, dir) {
  const profileDir = path.join(here, "profiles")
  mkdirSync(profileDir, { recursive: true })
  const steps = {}
  for (const [flow, byStep] of Object.entries(profiles)) {
    for (const [step, list] of Object.entries(byStep)) {
      steps[step] ??= {}
      steps[step][flow] = summarizeProfiles(list)
      const byCpu = list
        .map((profile) => ({ profile, ms: cpuMs(profile) }))
        .sort((a, b) => a.ms - b.ms)
        .map((entry) => entry.profile)
      const median = byCpu[Math.floor((byCpu.length - 1) / 2)]
      writeFileSync(path.join(profileDir, `${flow}.${step}.cpuprofile`), JSON.stringify(median))
      writeFileSync(path.join(profileDir, `${flow}.${step}.busiest.cpuprofile`), JSON.stringify(byCpu.at(-1)))
    }
  }
  const result = {
    benchmark: "checkout-profile",
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu_model: os.cpus()[0]?.model, node: process.version },
    rounds: profileRounds,
    method: `V8's sampling profiler (every 200 µs) in the API server, over its inspector, started before and stopped after each profiled step's requests, in ${profileRounds} rounds after the timed ones; CPU time per request: the samples' self time, idle left out; the flows as in checkout.json. Profiling slows the server, so CPU ms run above the timed rounds' wall times: compare the flows with each other. A garbage collection counts in whichever request is running when the heap fills, so it also carries earlier requests' garbage`,
    steps,
    // Each step's p50 wall time in this run's timed rounds (the profiler off), beside its CPU time.
    timed_p50_ms: Object.fromEntries(
      Object.keys(steps).map((step) => [
        step,
        Object.fromEntries(Object.keys(steps[step]).map((flow) => [flow, checkout.steps[step]?.[flow]?.p50])),
      ]),
    ),
  }
  const file = path.join(dir, "checkout-profile.json")
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  for (const [step, flows] of Object.entries(steps)) {
    log(
      `profile of ${step}: CPU ms per request ${Object.entries(flows)
        .map(([flow, summary]) => `${flow} ${summary.cpu_ms}`)
        .join(", ")}`,
    )
  }
  log(`results written to ${path.relative(root, file)}; profiles in ${path.relative(root, profileDir)}/`)
}

/** Moves every thread of this process to `cpus` (taskset's list syntax); children started later inherit it. */
function pinThisProcess(cpus) {
  spawnSync("taskset", ["-a", "-p", "-c", cpus, String(process.pid)], { stdio: "ignore" })
}
