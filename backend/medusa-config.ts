import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { assertProductionReady, readEnv } from "./src/config/env"
import { fileModule } from "./src/config/files"
import { fulfillmentModule } from "./src/config/fulfillment"
import { paymentModules } from "./src/config/payment"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = readEnv()
assertProductionReady(env)

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    databaseLogging: false,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    // The session cookie: never readable by page scripts, never sent on cross-site POSTs, HTTPS-only in production.
    cookieOptions: { httpOnly: true, sameSite: "lax", secure: env.NODE_ENV === "production" },
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      authMethodsPerActor: { user: ["emailpass"], customer: ["emailpass"], seller: ["emailpass"] },
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  admin: {
    // The ministry console is the separate admin/ app.
    disable: true,
  },
  modules: [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: env.REDIS_URL } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: env.REDIS_URL } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl: env.REDIS_URL },
          },
        ],
      },
    },
    { resolve: "@medusajs/medusa/cache-redis", key: Modules.CACHE, options: { redisUrl: env.REDIS_URL } },
    {
      resolve: "./src/modules/queue",
      options: {
        redisUrl: env.QUEUE_REDIS_URL ?? env.REDIS_URL,
        prefix: env.QUEUE_PREFIX,
        attempts: env.QUEUE_ATTEMPTS,
        backoffMs: env.QUEUE_BACKOFF_MS,
        lockDurationMs: env.QUEUE_LOCK_DURATION_MS,
        workerName: env.QUEUE_WORKER_NAME,
        runWorkers: env.MEDUSA_WORKER_MODE !== "server",
      },
    },
    { resolve: "./src/modules/outbox", options: { smtpUrl: env.SMTP_URL, mailFrom: env.MAIL_FROM } },
    ...paymentModules(env),
    { resolve: "./src/modules/pricing-rates" },
    { resolve: "./src/modules/shipping-rates" },
    fulfillmentModule,
    { resolve: "./src/modules/family", options: { nationalIdKey: env.NATIONAL_ID_HASH_KEY } },
    { resolve: "./src/modules/family-orders" },
    {
      resolve: "./src/modules/catalog",
      options: {
        redisUrl: env.REDIS_URL,
        cachePrefix: env.QUEUE_PREFIX,
        cacheTtlSeconds: env.CATALOG_CACHE_TTL_SECONDS,
      },
    },
    { resolve: "./src/modules/payouts" },
    { resolve: "./src/modules/consignments" },
    { resolve: "./src/modules/reviews" },
    { resolve: "./src/modules/favourites" },
    { resolve: "./src/modules/audit" },
    fileModule(env),
  ],
})
