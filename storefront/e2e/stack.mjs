#!/usr/bin/env node
// The whole shop for end-to-end tests: PostgreSQL and Redis (as `npm start` finds or provides them), a fresh
// database migrated and seeded, the Stripe emulator, the backend in shared mode (HTTP and jobs) and the built
// storefront server. `startStack()` is used by the e2e global setup; `node e2e/stack.mjs` runs it by hand until
// Ctrl-C (add --no-build to reuse storefront/build).
import { randomBytes } from "node:crypto"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import pg from "pg"

const storefrontDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const root = path.resolve(storefrontDir, "..")
const backendDir = path.join(root, "backend")
const medusa = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")

async function sql(databaseUrl, statement) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(statement)).rows
  } finally {
    await client.end()
  }
}

function withDatabase(url, database) {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

/** Starts everything; returns the URLs, the publishable key and stop(), which undoes all of it. */
export async function startStack({
  build = true,
  log = (line) => console.log(`[e2e] ${line}`),
  quiet = true,
} = {}) {
  const { ensureServices, freePort } = await import(
    pathToFileURL(path.join(root, "infra/dev/services.mjs")).href
  )
  const { run, runOrThrow, startService, waitForHttp } = await import(
    pathToFileURL(path.join(root, "infra/dev/run.mjs")).href
  )
  const started = Date.now()
  const suffix = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`
  const database = `usra_e2e_${suffix}`
  const cleanups = []
  const stop = async () => {
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((error) => log(`cleanup: ${error.message}`))
  }
  try {
    // A Redis of its own: Medusa's event bus uses one fixed queue name, so another backend on a shared Redis would
    // take this one's order.placed events (and fail them against its own database).
    const services = await ensureServices({
      database,
      log: quiet ? () => {} : log,
      redis: { env: { PATH: process.env.PATH ?? "" }, localPort: false },
    })
    cleanups.push(() => services.stop())
    cleanups.push(() =>
      sql(
        withDatabase(services.databaseUrl, "postgres"),
        `drop database if exists "${database}" with (force)`,
      ),
    )
    const [backendPort, storefrontPort] = [await freePort(19000), await freePort(13000)]
    const backendUrl = `http://localhost:${backendPort}`
    const storefrontUrl = `http://localhost:${storefrontPort}`

    const { createStripeEmulator } = await import("@usra/stripe-emulator")
    const webhookSecret = `whsec_${randomBytes(24).toString("hex")}`
    const emulator = createStripeEmulator({
      webhookUrl: `${backendUrl}/hooks/payment/stripe_stripe`,
      webhookSecret,
      webhookRetryDelaysMs: [1_000, 5_000],
    })
    const { url: stripeUrl } = await emulator.listen(0)
    cleanups.push(() => emulator.close())

    const backendEnv = {
      NODE_ENV: "development",
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      QUEUE_PREFIX: `e2e${suffix}`,
      MEDUSA_WORKER_MODE: "shared",
      PORT: String(backendPort),
      BACKEND_URL: backendUrl,
      STORE_CORS: storefrontUrl,
      AUTH_CORS: storefrontUrl,
      ADMIN_CORS: storefrontUrl,
      LOG_LEVEL: "warn",
      STRIPE_API_KEY: "sk_test_e2e",
      STRIPE_API_HOST: stripeUrl,
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      // Every request of a run comes from one address: raise the login and sign-up limits, as the backend's
      // own test suite does, so a run (or several against one stack) is never turned away.
      RATE_LIMIT_SCALE: "100",
    }
    const builds = [
      runOrThrow(process.execPath, [medusa, "db:migrate"], { cwd: backendDir, env: backendEnv }).then(() =>
        runOrThrow(process.execPath, [medusa, "exec", "./src/scripts/seed.ts"], {
          cwd: backendDir,
          env: { ...backendEnv, MEDUSA_WORKER_MODE: "server" },
        }),
      ),
    ]
    if (build) {
      builds.push(
        run("npx", ["react-router", "build"], { cwd: storefrontDir, env: {} }).then((code) => {
          if (code !== 0) throw new Error(`storefront build failed (exit ${code})`)
        }),
      )
    }
    log(`migrating and seeding ${database}${build ? ", building the storefront" : ""}`)
    await Promise.all(builds)
    const [{ token: publishableKey } = {}] = await sql(
      services.databaseUrl,
      "select token from api_key where title = 'Usra storefront' and type = 'publishable' and revoked_at is null and deleted_at is null",
    )
    if (!publishableKey) throw new Error("the seed made no publishable key")

    const backend = startService("[backend]", process.execPath, [medusa, "start"], {
      cwd: backendDir,
      env: backendEnv,
    })
    cleanups.push(() => backend.stop())
    const storefront = startService("[shop]   ", process.execPath, ["server.mjs"], {
      cwd: storefrontDir,
      env: {
        NODE_ENV: "production",
        PORT: String(storefrontPort),
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: publishableKey,
        STRIPE_EMULATOR_URL: stripeUrl,
        STOREFRONT_INSECURE_COOKIES: "1",
        STOREFRONT_DEFAULT_COUNTRY: "us",
      },
    })
    cleanups.push(() => storefront.stop())
    const alive = (service) => () => service.child.exitCode === null
    await Promise.all([
      waitForHttp(`${backendUrl}/health`, { isAlive: alive(backend) }),
      waitForHttp(`${storefrontUrl}/healthz`, { isAlive: alive(storefront) }),
    ])
    log(
      `backend ${backendUrl}, storefront ${storefrontUrl}, stripe ${stripeUrl} up in ${Date.now() - started} ms`,
    )
    return { backendUrl, storefrontUrl, stripeUrl, publishableKey, databaseUrl: services.databaseUrl, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const stack = await startStack({ build: !process.argv.includes("--no-build"), quiet: false })
  console.log(
    `\n  Shop: ${stack.storefrontUrl}/en   Backend: ${stack.backendUrl}   Key: ${stack.publishableKey}\n`,
  )
  const shutdown = () => stack.stop().then(() => process.exit(0))
  process.on("SIGINT", shutdown)
  process.on("SIGTERM", shutdown)
}
