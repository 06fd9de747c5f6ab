import { randomBytes } from "node:crypto"
import IORedis from "ioredis"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { api, routeApiThrough, withPublishableKey } from "../../support/context"
import { type MedusaProcess, startMedusa } from "../../support/medusa-process"
import { freePort } from "../../support/ports"

const email = (label: string) => `${label}-${randomBytes(4).toString("hex")}@rate.test`

/** Sends the same request n times; returns the statuses in order and the last answer. */
async function repeat(times: number, send: () => ReturnType<typeof api>) {
  const statuses: number[] = []
  let last: Awaited<ReturnType<typeof api>> | undefined
  for (let i = 0; i < times; i++) {
    last = await send()
    statuses.push(last.status)
  }
  return { statuses, last: last as Awaited<ReturnType<typeof api>> }
}

/** A server of its own with the real limits (the suite's server raises them for its many logins). */
describe("rate limits on logins, sign-ups, password resets and order lookups", () => {
  let server: MedusaProcess

  beforeAll(async () => {
    server = await startMedusa({
      ...inject("serverEnv"),
      MEDUSA_WORKER_MODE: "server",
      PORT: String(await freePort()),
      RATE_LIMIT_SCALE: "1",
      // Counters of their own, so other servers' requests from 127.0.0.1 do not count here.
      QUEUE_PREFIX: `${inject("queuePrefix")}rl`,
    })
    routeApiThrough([server.url])
  }, 180_000)

  afterAll(async () => {
    routeApiThrough(undefined)
    await server?.stop()
  })

  it("refuses the 11th wrong password for one account within 15 minutes with 429 and Retry-After", async () => {
    const target = email("login")
    const login = (who = target) =>
      api("/auth/customer/emailpass", { method: "POST", body: { email: who, password: "wrong-password-1" } })
    const { statuses, last } = await repeat(11, login)
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
    expect(last.status).toBe(429)
    const retryAfter = Number(last.headers.get("retry-after"))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    expect(String(last.body.message)).toMatch(/Too many attempts.*محاولات كثيرة/)
    // The same account by another spelling is the same account; another account is not held back.
    expect((await login(target.toUpperCase())).status).toBe(429)
    expect((await login(email("other"))).status).toBe(401)
  })

  it("keeps no email address in Redis, only a hash of it", async () => {
    const redis = new IORedis(inject("redisUrl"))
    try {
      const keys = await redis.keys(`${inject("queuePrefix")}rl:rl:*`)
      expect(keys.some((key) => key.includes(":acct:"))).toBe(true)
      expect(keys.some((key) => key.includes("@"))).toBe(false)
    } finally {
      redis.disconnect()
    }
  })

  it("limits password resets per account (5 an hour)", async () => {
    const identifier = email("reset")
    const reset = () =>
      api("/auth/customer/emailpass/reset-password", { method: "POST", body: { identifier } })
    const { statuses } = await repeat(6, reset)
    expect(statuses.slice(0, 5).every((status) => status < 400)).toBe(true)
    expect(statuses[5]).toBe(429)
  })

  it("limits guest order lookups per email (10 in 15 minutes)", async () => {
    const lookup = () =>
      api("/store/orders/lookup", {
        method: "POST",
        headers: withPublishableKey(),
        body: { email: "guess@rate.test", display_id: Math.floor(Math.random() * 1e6) },
      })
    const { statuses } = await repeat(11, lookup)
    expect(statuses.slice(0, 10).every((status) => status === 404)).toBe(true)
    expect(statuses[10]).toBe(429)
  })

  it("limits sign-ups from one address (10 an hour)", async () => {
    const register = () =>
      api("/auth/seller/emailpass/register", {
        method: "POST",
        body: { email: email("signup"), password: "a-strong-password-7" },
      })
    const { statuses, last } = await repeat(11, register)
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true)
    expect(last.status).toBe(429)
    expect(last.body.type).toBe("too_many_requests")
  })
})
