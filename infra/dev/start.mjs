#!/usr/bin/env node
// `npm start`: installs what is missing, provides PostgreSQL and Redis, migrates, loads the demo data,
// builds, and runs the backend (HTTP server and job worker), the storefront and the ministry console, with the
// local Stripe emulator unless STRIPE_API_KEY is set.
// Ctrl-C stops everything it started.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensureDependencies } from "./deps.mjs"
import { runOrThrow, startService, waitForHttp } from "./run.mjs"
import { provideStripe } from "./stripe.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const backendDir = path.join(root, "backend")
const log = (line) => console.log(`[start] ${line}`)
const medusa = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")

ensureDependencies(root)
const { ensureServices, freePort } = await import("./services.mjs")
const pg = await import("pg")

const running = []
let services
let stripe
let stopping = false

async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  log("stopping…")
  await Promise.all(running.map((service) => service.stop()))
  await stripe?.stop()
  await services?.stop()
  log("everything stopped")
  process.exit(code)
}
process.on("SIGINT", () => void shutdown(0))
process.on("SIGTERM", () => void shutdown(0))

async function scalar(databaseUrl, sql) {
  const client = new pg.default.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(sql)
    return rows[0] ? Object.values(rows[0])[0] : undefined
  } finally {
    await client.end()
  }
}

try {
  // A DATABASE_URL of your own is used as it is; otherwise the app gets a database named usra.
  services = await ensureServices(process.env.DATABASE_URL ? {} : { database: "usra" })
  const ports = {
    backend: await freePort(9000),
    worker: await freePort(9001),
    storefront: await freePort(3000),
    admin: await freePort(7001),
  }
  const backendUrl = `http://localhost:${ports.backend}`
  const origins = [`http://localhost:${ports.storefront}`, `http://localhost:${ports.admin}`].join(",")
  const backendEnv = {
    NODE_ENV: "development",
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    BACKEND_URL: backendUrl,
    STORE_CORS: origins,
    ADMIN_CORS: origins,
    AUTH_CORS: origins,
  }

  log("building shared packages, storefront and console")
  await runOrThrow("npx", ["turbo", "run", "build", "--filter=!@usra/backend", "--output-logs=errors-only"], {
    cwd: root,
    env: { VITE_MEDUSA_BACKEND_URL: backendUrl },
  })

  // After the build: the emulator runs from its built package. The seed needs the key to offer card payments.
  stripe = await provideStripe({ backendUrl, log: (line) => console.log(`[stripe]  ${line}`) })
  Object.assign(backendEnv, stripe.env)

  log("migrating the database")
  await runOrThrow(process.execPath, [medusa, "db:migrate"], { cwd: backendDir, env: backendEnv })
  // The seed is idempotent: it fills an empty database, and on demo data made by an older version it adds only
  // what is missing (families, shipping, card payments...), so it runs on every start (a few seconds).
  log("loading the demo data (only what is missing)")
  await runOrThrow(process.execPath, [medusa, "exec", "./src/scripts/seed.ts"], {
    cwd: backendDir,
    env: { ...backendEnv, MEDUSA_WORKER_MODE: "server" },
  })
  const publishableKey = await scalar(
    services.databaseUrl,
    "select token from api_key where title = 'Usra storefront' and type = 'publishable' and revoked_at is null and deleted_at is null",
  )

  const server = startService("[backend]", process.execPath, [medusa, "start"], {
    cwd: backendDir,
    env: { ...backendEnv, MEDUSA_WORKER_MODE: "server", PORT: String(ports.backend) },
  })
  const worker = startService("[worker] ", process.execPath, [medusa, "start"], {
    cwd: backendDir,
    env: { ...backendEnv, MEDUSA_WORKER_MODE: "worker", PORT: String(ports.worker) },
  })
  const storefront = startService("[shop]   ", "npm", ["run", "start", "-w", "@usra/storefront"], {
    cwd: root,
    env: {
      PORT: String(ports.storefront),
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey ?? "",
      // The card form talks to the emulator from the buyer's browser; with a real key, Stripe Elements.
      ...(stripe.url ? { STRIPE_EMULATOR_URL: stripe.url } : {}),
      // Plain http on localhost: cookies without the Secure flag.
      STOREFRONT_INSECURE_COOKIES: "1",
    },
  })
  const admin = startService(
    "[console]",
    "npm",
    ["run", "preview", "-w", "@usra/admin", "--", "--port", String(ports.admin), "--strictPort"],
    { cwd: root, env: { ADMIN_PORT: String(ports.admin) } },
  )
  running.push(server, worker, storefront, admin)
  for (const service of running) {
    void service.exited.then((code) => {
      if (!stopping) {
        log(`${service.label.trim()} exited with code ${code}; stopping the rest`)
        void shutdown(1)
      }
    })
  }

  await Promise.all([
    waitForHttp(`${backendUrl}/health`),
    waitForHttp(`http://localhost:${ports.worker}/health`),
    waitForHttp(`http://localhost:${ports.storefront}/healthz`),
    waitForHttp(`http://localhost:${ports.admin}/`),
  ])

  const adminEmail = process.env.USRA_ADMIN_EMAIL ?? "admin@usra.jo"
  const adminPassword = process.env.USRA_ADMIN_PASSWORD ?? "usra-admin-2026"
  console.log(`
  Usra is running. Ctrl-C stops everything.

    Shop (English)       http://localhost:${ports.storefront}/en
    Shop (Arabic)        http://localhost:${ports.storefront}/ar
    Ministry console     http://localhost:${ports.admin}/
    Backend API          ${backendUrl}   (health: ${backendUrl}/ready)
    Job worker           MEDUSA_WORKER_MODE=worker, health on http://localhost:${ports.worker}/health
    Stripe               ${stripe.banner}

  Demo logins
    Ministry admin       ${adminEmail} / ${adminPassword} (super_admin)
    Ministry staff       reviewer@usra.jo, finance@usra.jo, hub@usra.jo / ${process.env.USRA_DEMO_PASSWORD ?? "usra-demo-2026"}
    Family               ${process.env.USRA_FAMILY_EMAIL ?? "family@usra.jo"} / ${process.env.USRA_FAMILY_PASSWORD ?? "usra-family-2026"}
    Storefront key       ${publishableKey}

  Services
    PostgreSQL           ${services.databaseUrl.replace(/:[^:@/]+@/, ":***@")}
    Redis                ${services.redisUrl}
`)
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : error}`)
  await shutdown(1)
}
