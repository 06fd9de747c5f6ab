import { randomBytes } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import type { ProvidedContext } from "vitest"
import { startMedusa } from "../support/medusa-process"
import { freePort } from "../support/ports"
import { redisServer } from "../support/redis-server"
import { migrateAndSeed, storefrontKey } from "../support/seeded-medusa"
import { smtpSink } from "../support/smtp-sink"
import { startStripeEmulator } from "../support/stripe-emulator"
import { adminSql, baseDatabaseUrl, withDatabase } from "./test-env"

const ADMIN_EMAIL = "admin@usra.jo"
const ADMIN_PASSWORD = "usra-test-admin-password"

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string
    databaseUrl: string
    /** The database as migrated and seeded, before any test: a template for a test that needs a fresh copy. */
    freshDatabaseUrl: string
    redisUrl: string
    queueRedisPort: number
    queuePrefix: string
    smtpControlDir: string
    publishableKey: string
    adminToken: string
    serverEnv: Record<string, string>
    stripeApiUrl: string
    stripeWebhookSecret: string
  }
}

/**
 * One migrated and seeded database and one real Medusa server (HTTP and workers) for the whole run.
 * The queue gets its own redis-server so tests can take it down; email goes to a local SMTP sink tests can steer.
 */
type Provider = { provide: <K extends keyof ProvidedContext>(key: K, value: ProvidedContext[K]) => void }

export default async function setup(project: Provider) {
  const started = Date.now()
  const serverUrl = baseDatabaseUrl()
  const suffix = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`
  const dbName = `usra_test_${suffix}`
  const databaseUrl = withDatabase(serverUrl, dbName)
  await adminSql(serverUrl, `create database "${dbName}"`)

  // Private Redis servers: nothing from another run or a dev server can take this run's events or jobs, and the
  // queue's own server can be taken down by a test without touching Medusa's event bus and workflow engine.
  const medusaRedis = redisServer(await freePort())
  const queueRedis = redisServer(await freePort())
  await Promise.all([medusaRedis.start(), queueRedis.start()])

  const [port, smtpPort] = [await freePort(), await freePort()]
  const smtpControlDir = mkdtempSync(path.join(tmpdir(), "usra-smtp-"))
  const smtp = smtpSink({ controlDir: smtpControlDir })
  await smtp.listen(smtpPort)
  const stripe = await startStripeEmulator(port)
  const serverEnv: Record<string, string> = {
    NODE_ENV: "development",
    DATABASE_URL: databaseUrl,
    REDIS_URL: medusaRedis.url,
    QUEUE_REDIS_URL: queueRedis.url,
    QUEUE_PREFIX: `test${suffix}`,
    QUEUE_ATTEMPTS: "3",
    QUEUE_BACKOFF_MS: "50",
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MEDUSA_WORKER_MODE: "shared",
    PORT: String(port),
    BACKEND_URL: `http://localhost:${port}`,
    USRA_ADMIN_EMAIL: ADMIN_EMAIL,
    USRA_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: "warn",
    // The suite logs in hundreds of times from one address; rate-limits.spec.ts runs a server at scale 1.
    RATE_LIMIT_SCALE: "1000",
    STRIPE_API_KEY: stripe.apiKey,
    STRIPE_API_HOST: stripe.url,
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    // The emulator answers in milliseconds: a short timeout lets faults/stripe-faults.spec.ts outlast it quickly.
    STRIPE_TIMEOUT_MS: "4000",
    STRIPE_MAX_NETWORK_RETRIES: "3",
    // Webhook jobs are held back as in production (5 s there), only shorter: webhooks.spec.ts checks the hold.
    STRIPE_WEBHOOK_DELAY_MS: "300",
    CARRIER_WEBHOOK_SECRET: `carrier-${randomBytes(12).toString("hex")}`,
  }

  await migrateAndSeed(serverEnv)
  // A file copy, made while nothing is connected: faults/postgres-restart.spec.ts restores it instead of seeding.
  const freshName = `${dbName}_fresh`
  await adminSql(serverUrl, `create database "${freshName}" template "${dbName}"`)
  const server = await startMedusa(serverEnv)

  const login = await fetch(`${server.url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  })
  if (!login.ok) throw new Error(`Admin login failed: ${login.status} ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }

  const publishableKey = await storefrontKey(databaseUrl)

  project.provide("baseUrl", server.url)
  project.provide("databaseUrl", databaseUrl)
  project.provide("freshDatabaseUrl", withDatabase(serverUrl, freshName))
  project.provide("redisUrl", medusaRedis.url)
  project.provide("queueRedisPort", queueRedis.port)
  project.provide("queuePrefix", serverEnv.QUEUE_PREFIX as string)
  project.provide("smtpControlDir", smtpControlDir)
  project.provide("publishableKey", publishableKey)
  project.provide("adminToken", token)
  project.provide("serverEnv", serverEnv)
  project.provide("stripeApiUrl", stripe.url)
  project.provide("stripeWebhookSecret", stripe.webhookSecret)
  console.log(`[integration] database ${dbName} migrated, seeded and served in ${Date.now() - started} ms`)

  return async () => {
    await server.stop()
    await Promise.all([medusaRedis.stop(), queueRedis.stop()])
    await smtp.close()
    await stripe.close()
    rmSync(smtpControlDir, { recursive: true, force: true })
    await adminSql(serverUrl, `drop database if exists "${dbName}" with (force)`)
    await adminSql(serverUrl, `drop database if exists "${freshName}" with (force)`)
  }
}
