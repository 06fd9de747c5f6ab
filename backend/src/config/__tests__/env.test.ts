import { describe, expect, it } from "vitest"
import { assertProductionReady, readEnv } from "../env"

const base = { DATABASE_URL: "postgres://localhost/usra", REDIS_URL: "redis://localhost:6379" }
const strong = "s".repeat(40)

describe("readEnv", () => {
  it("applies development defaults", () => {
    const env = readEnv(base)
    expect(env.MEDUSA_WORKER_MODE).toBe("shared")
    expect(env.PORT).toBe(9000)
    expect(env.QUEUE_PREFIX).toBe("usra")
    expect(env.STRIPE_WEBHOOK_DELAY_MS).toBe(5_000)
  })

  it("names each invalid variable", () => {
    expect(() => readEnv({ ...base, MEDUSA_WORKER_MODE: "both", PORT: "70000" })).toThrow(
      /MEDUSA_WORKER_MODE[\s\S]*PORT|PORT[\s\S]*MEDUSA_WORKER_MODE/,
    )
    expect(() => readEnv({ REDIS_URL: "redis://x" })).toThrow(/DATABASE_URL/)
  })

  it("takes a Stripe API host only as a base URL", () => {
    expect(readEnv({ ...base, STRIPE_API_HOST: "http://127.0.0.1:12111" }).STRIPE_API_HOST).toBe(
      "http://127.0.0.1:12111",
    )
    expect(() => readEnv({ ...base, STRIPE_API_HOST: "127.0.0.1:12111" })).toThrow(/STRIPE_API_HOST/)
    expect(() => readEnv({ ...base, STRIPE_API_HOST: "http://localhost:1/v1" })).toThrow(/STRIPE_API_HOST/)
  })

  it("holds a Stripe webhook's job back at most a minute", () => {
    expect(readEnv({ ...base, STRIPE_WEBHOOK_DELAY_MS: "0" }).STRIPE_WEBHOOK_DELAY_MS).toBe(0)
    expect(() => readEnv({ ...base, STRIPE_WEBHOOK_DELAY_MS: "60001" })).toThrow(/STRIPE_WEBHOOK_DELAY_MS/)
    expect(() => readEnv({ ...base, STRIPE_WEBHOOK_DELAY_MS: "-1" })).toThrow(/STRIPE_WEBHOOK_DELAY_MS/)
  })

  it("treats empty variables as unset", () => {
    expect(readEnv({ ...base, PORT: "" }).PORT).toBe(9000)
  })
})

describe("assertProductionReady", () => {
  it("allows development with defaults", () => {
    expect(() => assertProductionReady(readEnv(base))).not.toThrow()
  })

  it("refuses production with default or short secrets and no webhook secret", () => {
    const env = readEnv({ ...base, NODE_ENV: "production", COOKIE_SECRET: "short" })
    expect(() => assertProductionReady(env)).toThrow(/JWT_SECRET is Medusa's default/)
    expect(() => assertProductionReady(env)).toThrow(/COOKIE_SECRET is too short/)
    expect(() => assertProductionReady(env)).toThrow(/STRIPE_WEBHOOK_SECRET is missing/)
    expect(() => assertProductionReady(env)).toThrow(/STRIPE_API_KEY is missing/)
    expect(() => assertProductionReady(env)).toThrow(/NATIONAL_ID_HASH_KEY is missing or weak/)
  })

  it("accepts production with strong secrets, a Stripe key and a webhook secret", () => {
    const env = readEnv({
      ...base,
      NODE_ENV: "production",
      JWT_SECRET: strong,
      COOKIE_SECRET: strong,
      STRIPE_API_KEY: "sk_live_test",
      STRIPE_WEBHOOK_SECRET: "whsec_test",
      NATIONAL_ID_HASH_KEY: strong,
    })
    expect(() => assertProductionReady(env)).not.toThrow()
  })
})
