import { z } from "zod"

const MEDUSA_DEFAULT_SECRET = "supersecret"
const DEV_ORIGINS = "http://localhost:3000,http://localhost:7001"

const workerMode = z.enum(["shared", "worker", "server"])

/**
 * Every environment variable the backend reads. README.md documents the same table.
 * Defaults are for local development; production refuses the unsafe ones (see assertProductionReady).
 */
export const EnvSchema = z.object({
  NODE_ENV: z.string().default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL must be set to a PostgreSQL connection URL"),
  REDIS_URL: z.string().min(1, "REDIS_URL must be set to a Redis connection URL"),
  QUEUE_REDIS_URL: z.string().optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/, "QUEUE_PREFIX may only use a-z, 0-9, _ and -")
    .default("usra"),
  QUEUE_BACKOFF_MS: z.coerce.number().int().min(10).max(600_000).default(5_000),
  QUEUE_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  // How long a worker's hold on a job lasts without renewal: a killed worker's job goes to another after this.
  QUEUE_LOCK_DURATION_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  QUEUE_WORKER_NAME: z.string().max(100).optional(),
  MEDUSA_WORKER_MODE: workerMode.default("shared"),
  PORT: z.coerce.number().int().min(1).max(65_535).default(9000),
  BACKEND_URL: z.string().url().optional(),
  JWT_SECRET: z.string().default(MEDUSA_DEFAULT_SECRET),
  COOKIE_SECRET: z.string().default(MEDUSA_DEFAULT_SECRET),
  STORE_CORS: z.string().default(DEV_ORIGINS),
  ADMIN_CORS: z.string().default(DEV_ORIGINS),
  AUTH_CORS: z.string().default(DEV_ORIGINS),
  STRIPE_API_KEY: z.string().optional(),
  // Unset: api.stripe.com. A URL points the SDK at a Stripe-compatible server (the local emulator).
  STRIPE_API_HOST: z
    .string()
    .regex(/^https?:\/\/[^/\s]+\/?$/, "STRIPE_API_HOST must be a base URL such as http://127.0.0.1:12111")
    .optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  // The SDK sends a failed call (network error, timeout, 409, 5xx) again up to this many times, same idempotency key.
  STRIPE_MAX_NETWORK_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  // How long one attempt of a Stripe call may take before the SDK gives up on it (and retries).
  STRIPE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
  // A webhook's job waits this long before it runs, so the buyer's own complete-cart goes first (Medusa's own
  // payment webhook route waits 5 s for the same reason).
  STRIPE_WEBHOOK_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  // Medusa's system payment provider takes no money: unset, it is allowed outside production only.
  ALLOW_SYSTEM_PAYMENTS: z.enum(["true", "false"]).optional(),
  // Signs tracking updates posted to /hooks/carrier/:carrier; unset, that route refuses every delivery (401).
  CARRIER_WEBHOOK_SECRET: z
    .string()
    .min(16, "CARRIER_WEBHOOK_SECRET must be at least 16 characters")
    .optional(),
  NATIONAL_ID_HASH_KEY: z.string().default("usra-development-national-id-key"),
  STOREFRONT_URL: z.string().url().default("http://localhost:3000"),
  ADMIN_URL: z.string().url().default("http://localhost:7001"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Usra <no-reply@usra.jo>"),
  // Fulfilment and payouts timing. Fractions are allowed so a test run can use seconds instead of days.
  RETURN_WINDOW_DAYS: z.coerce.number().min(0).max(90).default(14),
  DROPOFF_REMINDER_HOURS: z.coerce.number().min(0).max(240).default(24),
  DROPOFF_GRACE_HOURS: z.coerce.number().min(0).max(720).default(48),
  // Families paid per transaction in a payout run.
  PAYOUT_RUN_CHUNK_SIZE: z.coerce.number().int().min(1).max(5_000).default(500),
  PAYOUT_THRESHOLD_FILS: z.coerce.number().int().min(0).max(100_000_000).default(10_000),
  // Weekly by default: Sunday 06:00 in Amman, the first working day of Jordan's week.
  PAYOUT_SCHEDULE: z.string().default("0 6 * * 0"),
  PAYOUT_TIMEZONE: z.string().default("Asia/Amman"),
  // How long the catalogue may serve a stored answer at most (changes invalidate it at once); 0 turns the cache off.
  CATALOG_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
  // Multiplies every rate limit (login, sign-up, password reset, order lookup); a test run raises them.
  RATE_LIMIT_SCALE: z.coerce.number().min(0.01).max(100_000).default(1),
  // Where product photos and family documents are kept. Unset: on this server's disk (one instance only). Set
  // S3_BUCKET (with its region and keys) when several replicas serve the API: they must all see the same files.
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().optional(),
  // An S3-compatible service other than AWS (MinIO, Cloudflare R2, DigitalOcean Spaces).
  S3_ENDPOINT: z.string().url("S3_ENDPOINT must be a URL such as https://s3.example.com").optional(),
  // The public base URL of the bucket's files (a CDN in front of it, or the bucket's own URL).
  S3_FILE_URL: z.string().url("S3_FILE_URL must be a URL such as https://files.usra.jo").optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(["error", "warn", "info", "http", "verbose", "debug", "silly"]).default("info"),
})

export type Env = z.infer<typeof EnvSchema>

export class ConfigError extends Error {
  override name = "ConfigError"
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const blanksRemoved = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""))
  const parsed = EnvSchema.safeParse(blanksRemoved)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`)
    throw new ConfigError(`Invalid environment configuration:\n${lines.join("\n")}`)
  }
  return parsed.data
}

/** Whether orders may be placed with Medusa's system provider, which takes no payment. */
export function systemPaymentsAllowed(env: Env): boolean {
  return env.ALLOW_SYSTEM_PAYMENTS ? env.ALLOW_SYSTEM_PAYMENTS === "true" : env.NODE_ENV !== "production"
}

const MIN_SECRET_LENGTH = 32

/** In production, refuse to boot with Medusa's public default secrets, or without Stripe or a way to verify its webhooks. */
export function assertProductionReady(env: Env): void {
  if (env.NODE_ENV !== "production") return
  const problems: string[] = []
  for (const name of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
    const value = env[name]
    if (value === MEDUSA_DEFAULT_SECRET) {
      problems.push(
        `${name} is Medusa's default "${MEDUSA_DEFAULT_SECRET}": set ${name} to a random value of at least ${MIN_SECRET_LENGTH} characters`,
      )
    } else if (value.length < MIN_SECRET_LENGTH) {
      problems.push(
        `${name} is too short: set ${name} to a random value of at least ${MIN_SECRET_LENGTH} characters`,
      )
    }
  }
  if (
    env.NATIONAL_ID_HASH_KEY.length < MIN_SECRET_LENGTH ||
    env.NATIONAL_ID_HASH_KEY.startsWith("usra-development")
  ) {
    problems.push(
      `NATIONAL_ID_HASH_KEY is missing or weak: set NATIONAL_ID_HASH_KEY to a random value of at least ${MIN_SECRET_LENGTH} characters (and never change it: stored hashes depend on it)`,
    )
  }
  if (!env.STRIPE_API_KEY) {
    problems.push(
      "STRIPE_API_KEY is missing: set STRIPE_API_KEY to your Stripe secret key (buyers pay by card)",
    )
  }
  if (!env.STRIPE_WEBHOOK_SECRET) {
    problems.push(
      "STRIPE_WEBHOOK_SECRET is missing: set STRIPE_WEBHOOK_SECRET to the signing secret of your Stripe webhook endpoint",
    )
  }
  if (problems.length > 0) {
    throw new ConfigError(`Refusing to start in production:\n${problems.map((p) => `- ${p}`).join("\n")}`)
  }
}

export function queueRedisUrl(env: Env): string {
  return env.QUEUE_REDIS_URL ?? env.REDIS_URL
}

export function runsWorkers(env: Env): boolean {
  return env.MEDUSA_WORKER_MODE !== "server"
}
