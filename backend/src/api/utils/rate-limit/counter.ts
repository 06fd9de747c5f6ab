import { createHash } from "node:crypto"
import IORedis from "ioredis"

const CONNECT_WAIT_MS = 1_000

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * Fixed-window counters in Redis: one INCR per key and window, expiring with the window. Shared by every server
 * replica. When Redis does not answer, requests are let through (logged): a cache outage must not lock every
 * buyer and family out of their accounts.
 */
export class RateLimitCounter {
  private redis?: IORedis

  constructor(
    private readonly url: string,
    private readonly prefix: string,
    private readonly onError: (error: Error) => void,
  ) {}

  private client(): IORedis {
    if (!this.redis) {
      this.redis = new IORedis(this.url, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 1_000,
        connectionName: "usra-rate-limit",
      })
      this.redis.on("error", () => {})
    }
    return this.redis
  }

  /** A connection still opening gets a moment (the first request after a start must count too). */
  private async ready(): Promise<IORedis> {
    const redis = this.client()
    if (redis.status === "connecting" || redis.status === "connect" || redis.status === "wait") {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, CONNECT_WAIT_MS)
        redis.once("ready", () => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
    return redis
  }

  /** Counts one request against every key; refused when any key is over its limit. */
  async hit(keys: { key: string; max: number; windowSeconds: number }[]): Promise<Verdict> {
    const now = Math.floor(Date.now() / 1000)
    try {
      const multi = (await this.ready()).multi()
      const windows = keys.map(({ key, windowSeconds }) => {
        const window = Math.floor(now / windowSeconds)
        const redisKey = `${this.prefix}:rl:${key}:${window}`
        multi.incr(redisKey).expire(redisKey, windowSeconds + 1)
        return { end: (window + 1) * windowSeconds }
      })
      const results = (await multi.exec()) ?? []
      let retryAfterSeconds = 0
      keys.forEach(({ max }, index) => {
        const count = Number(results[index * 2]?.[1] ?? 0)
        if (count > max) retryAfterSeconds = Math.max(retryAfterSeconds, (windows[index]?.end ?? now) - now)
      })
      return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true }
    } catch (error) {
      this.onError(error as Error)
      return { allowed: true }
    }
  }
}

/** Accounts are counted by a hash, so Redis never holds the email addresses themselves. */
export const accountKey = (account: string) => createHash("sha256").update(account).digest("hex").slice(0, 32)
