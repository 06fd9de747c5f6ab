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
import { checkoutTable, runCheckoutBench } from "./checkout.mjs"
import { runQueueBench } from "./queue.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, "../..")
const backendDir = path.join(root, "backend")
const medusa = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")
const seconds = Number(process.env.BENCH_SECONDS ?? 20)
const checkouts = Number(process.env.BENCH_CHECKOUTS ?? 10)
const log = (line) => console.log(`[bench] ${line}`)

ensureDependencies(root)
const { ensureServices, freePort } = await import("../dev/services.mjs")
const pg = (await import("pg")).default

const services = await ensureServices({ database: "usra_bench" })
const port = await freePort(9400)
const env = {
  NODE_ENV: "development",
  DATABASE_URL: services.databaseUrl,
  REDIS_URL: services.redisUrl,
  QUEUE_PREFIX: "bench",
  LOG_LEVEL: "warn",
}
let server
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
  server = startService("[backend]", "taskset", ["-c", "0", process.execPath, medusa, "start"], {
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
  log("warming up")
  load(productsUrl, [`x-publishable-api-key=${key}`])
  log(`measuring GET /store/products (limit 20, ${products} products) for ${seconds} s at concurrency 10`)
  const storeProducts = load(productsUrl, [`x-publishable-api-key=${key}`])
  log(`measuring GET /health for ${seconds} s at concurrency 10`)
  const health = load(`${base}/health`)

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
  const dir = path.join(here, "results")
  mkdirSync(dir, { recursive: true })
  const json = `${JSON.stringify(result, null, 2)}\n`
  writeFileSync(path.join(dir, "store-products.json"), json)
  log(
    `GET /store/products: ${storeProducts.req_per_s} req/s, p50 ${storeProducts.latency_ms.p50} ms, p99 ${storeProducts.latency_ms.p99} ms, ${storeProducts.bytes_per_response} B/response`,
  )
  log(
    `GET /health: ${health.req_per_s} req/s, p50 ${health.latency_ms.p50} ms, p99 ${health.latency_ms.p99} ms`,
  )
  log(`results written to ${path.relative(root, path.join(dir, "store-products.json"))}`)

  const checkout = await runCheckoutBench({
    base,
    publishableKey: key,
    databaseUrl: services.databaseUrl,
    runs: checkouts,
    log,
  })
  writeFileSync(path.join(dir, "checkout.json"), `${JSON.stringify(checkout, null, 2)}\n`)
  log(`checkout, ms per step (wall time of the HTTP calls over loopback), ${checkouts} runs each:`)
  console.log(checkoutTable(checkout))
  log(`goals: ${JSON.stringify(checkout.goals)}`)
  log(`results written to ${path.relative(root, path.join(dir, "checkout.json"))}`)

  const queue = runQueueBench({ root, env, log })
  writeFileSync(path.join(dir, "queue.json"), `${JSON.stringify(queue, null, 2)}\n`)
  log(
    `queue: ${queue.usra_queue.end_to_end_jobs_per_s} jobs/s end to end vs bare BullMQ ${queue.bare_bullmq.end_to_end_jobs_per_s} (ratio ${queue.usra_vs_bare_ratio.end_to_end})`,
  )
} finally {
  await server?.stop()
  await stripe?.stop()
  await services.stop()
}
