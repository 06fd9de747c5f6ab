#!/usr/bin/env node
// The ministry console for end-to-end tests: PostgreSQL and Redis (as `npm start` finds or provides them), a fresh
// database migrated and seeded, the backend in shared mode (HTTP and jobs, a return window of seconds), the built
// console served as static files, and the fixtures (an order waiting at the hub, a payout batch to approve).
// `startStack()` is used by the e2e global setup; `node e2e/stack.mjs` runs it by hand until Ctrl-C (add
// --no-build to reuse admin/dist).
import { randomBytes } from "node:crypto"
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs"
import http from "node:http"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import pg from "pg"
import { makeFixtures } from "./fixtures.mjs"

const adminDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const root = path.resolve(adminDir, "..")
const backendDir = path.join(root, "backend")
const medusa = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")
const vite = path.join(root, "node_modules", "vite", "bin", "vite.js")

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

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
}

/**
 * The built console: files from dist/, index.html for every other path (client-side routes), with the security
 * headers the build wrote for its API (the Content-Security-Policy that vite preview and nginx send too).
 */
function serveConsole(dir, port) {
  const headers = JSON.parse(readFileSync(path.join(dir, "security-headers.json"), "utf8"))
  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    const url = new URL(req.url ?? "/", "http://localhost")
    let file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ""))
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
      file = path.join(dir, "index.html")
    res.setHeader("content-type", TYPES[path.extname(file)] ?? "application/octet-stream")
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)))
}

/** Starts everything; returns the URLs, the fixtures and stop(), which undoes all of it. */
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
  const database = `usra_console_e2e_${suffix}`
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
    const [backendPort, consolePort] = [await freePort(19100), await freePort(17100)]
    const backendUrl = `http://localhost:${backendPort}`
    const consoleUrl = `http://localhost:${consolePort}`
    const backendEnv = {
      NODE_ENV: "development",
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      QUEUE_PREFIX: `console${suffix}`,
      MEDUSA_WORKER_MODE: "shared",
      PORT: String(backendPort),
      BACKEND_URL: backendUrl,
      STORE_CORS: consoleUrl,
      AUTH_CORS: consoleUrl,
      ADMIN_CORS: consoleUrl,
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn",
      // Seconds instead of days, so the fixtures carry an order to a payout.
      RETURN_WINDOW_DAYS: "0.00002",
    }
    const steps = [
      runOrThrow(process.execPath, [medusa, "db:migrate"], { cwd: backendDir, env: backendEnv }).then(() =>
        runOrThrow(process.execPath, [medusa, "exec", "./src/scripts/seed.ts"], {
          cwd: backendDir,
          env: { ...backendEnv, MEDUSA_WORKER_MODE: "server" },
        }),
      ),
    ]
    if (build) {
      steps.push(
        run(process.execPath, [vite, "build", "--logLevel", "warn"], {
          cwd: adminDir,
          env: { VITE_MEDUSA_BACKEND_URL: backendUrl },
        }).then((code) => {
          if (code !== 0) throw new Error(`console build failed (exit ${code})`)
        }),
      )
    }
    log(`migrating and seeding ${database}${build ? ", building the console" : ""}`)
    await Promise.all(steps)
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
    const server = await serveConsole(path.join(adminDir, "dist"), consolePort)
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())))
    await waitForHttp(`${backendUrl}/health`, { isAlive: () => backend.child.exitCode === null })
    const fixtures = await makeFixtures({ backendUrl, publishableKey, log })
    log(`backend ${backendUrl}, console ${consoleUrl} up with fixtures in ${Date.now() - started} ms`)
    return { backendUrl, consoleUrl, databaseUrl: services.databaseUrl, publishableKey, fixtures, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const stack = await startStack({ build: !process.argv.includes("--no-build"), quiet: false })
  console.log(
    [
      "",
      `E2E_CONSOLE_URL=${stack.consoleUrl} E2E_BACKEND_URL=${stack.backendUrl} E2E_DATABASE_URL=${stack.databaseUrl}`,
      `E2E_FIXTURES='${JSON.stringify(stack.fixtures)}'`,
      "",
    ].join("\n"),
  )
  const shutdown = () => stack.stop().then(() => process.exit(0))
  process.on("SIGINT", shutdown)
  process.on("SIGTERM", shutdown)
}
