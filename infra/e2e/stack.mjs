// What every app's end-to-end stack has in common: PostgreSQL and Redis (as `npm start` finds or provides them), a
// fresh database migrated and seeded, the Stripe emulator when the app pays, and the backend in shared mode (HTTP
// and jobs). The app says how it is built and served; stop() undoes all of it.
import { randomBytes } from "node:crypto"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { run, runOrThrow, startService, waitForHttp } from "../dev/run.mjs"
import { ensureServices, freePort } from "../dev/services.mjs"
import { provideStripe } from "../dev/stripe.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
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

/**
 * @typedef {object} Running  what the app's hooks are given
 * @property {string} backendUrl
 * @property {string} appUrl
 * @property {number} appPort
 * @property {string | undefined} stripeUrl
 * @property {string} databaseUrl
 * @property {string} publishableKey
 * @property {(line: string) => void} log
 * @property {(cleanup: () => Promise<unknown>) => void} onStop  stop() runs these last-registered first
 */

/**
 * @typedef {object} App  what differs between the apps under test
 * @property {string} name  in logs and errors: "storefront", "console"
 * @property {string} dir  the app's folder, where it is built
 * @property {string} databasePrefix  the fresh database is named <prefix>_<suffix>
 * @property {string} queuePrefix
 * @property {{ backend: number, app: number }} firstPorts  where the search for a free port starts
 * @property {boolean} [stripe]  run the Stripe emulator and point the backend at it
 * @property {Record<string, string>} [backendEnv]  added to (and overriding) the backend's environment
 * @property {(urls: { backendUrl: string }) => { command: string, args: string[], env: Record<string, string> }} build
 * @property {(running: Running) => Promise<unknown>} serve  starts the app and resolves once it answers
 * @property {(running: Running) => Promise<object>} [afterStart]  once all answers; its result joins the stack's
 */

/**
 * Starts everything; returns the URLs, the publishable key, what afterStart made, and stop().
 * @param {App} app
 */
export async function startAppStack(
  app,
  { build = true, log = (line) => console.log(`[e2e] ${line}`), quiet = true } = {},
) {
  const started = Date.now()
  const suffix = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`
  const database = `${app.databasePrefix}_${suffix}`
  const cleanups = []
  const onStop = (cleanup) => cleanups.push(cleanup)
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
    onStop(() => services.stop())
    onStop(() =>
      sql(
        withDatabase(services.databaseUrl, "postgres"),
        `drop database if exists "${database}" with (force)`,
      ),
    )
    const [backendPort, appPort] = [
      await freePort(app.firstPorts.backend),
      await freePort(app.firstPorts.app),
    ]
    const backendUrl = `http://localhost:${backendPort}`
    const appUrl = `http://localhost:${appPort}`
    // Always the emulator, whatever STRIPE_API_KEY says; its own port, as both apps' suites may run at once.
    const stripe = app.stripe
      ? await provideStripe({ backendUrl, env: {}, port: 0, webhookRetryDelaysMs: [1_000, 5_000] })
      : undefined
    if (stripe) onStop(() => stripe.stop())

    const backendEnv = {
      NODE_ENV: "development",
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      QUEUE_PREFIX: `${app.queuePrefix}${suffix}`,
      MEDUSA_WORKER_MODE: "shared",
      PORT: String(backendPort),
      BACKEND_URL: backendUrl,
      STORE_CORS: appUrl,
      AUTH_CORS: appUrl,
      ADMIN_CORS: appUrl,
      LOG_LEVEL: "warn",
      ...stripe?.env,
      ...app.backendEnv,
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
      const { command, args, env } = app.build({ backendUrl })
      steps.push(
        run(command, args, { cwd: app.dir, env }).then((code) => {
          if (code !== 0) throw new Error(`${app.name} build failed (exit ${code})`)
        }),
      )
    }
    log(`migrating and seeding ${database}${build ? `, building the ${app.name}` : ""}`)
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
    onStop(() => backend.stop())
    /** @type {Running} */
    const running = {
      backendUrl,
      appUrl,
      appPort,
      stripeUrl: stripe?.url,
      databaseUrl: services.databaseUrl,
      publishableKey,
      log,
      onStop,
    }
    await Promise.all([
      waitForHttp(`${backendUrl}/health`, { isAlive: () => backend.child.exitCode === null }),
      app.serve(running),
    ])
    const extras = (await app.afterStart?.(running)) ?? {}
    const stripeNote = stripe ? `, stripe ${stripe.url}` : ""
    log(`backend ${backendUrl}, ${app.name} ${appUrl}${stripeNote} up in ${Date.now() - started} ms`)
    const { stripeUrl, databaseUrl } = running
    return { backendUrl, appUrl, stripeUrl, databaseUrl, publishableKey, ...extras, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** `node <app>/e2e/stack.mjs [--no-build]`: the stack until Ctrl-C, with what `describe` says about it. */
export async function runUntilInterrupted(startStack, describe) {
  const stack = await startStack({ build: !process.argv.includes("--no-build"), quiet: false })
  console.log(describe(stack))
  const shutdown = () => stack.stop().then(() => process.exit(0))
  process.on("SIGINT", shutdown)
  process.on("SIGTERM", shutdown)
}
