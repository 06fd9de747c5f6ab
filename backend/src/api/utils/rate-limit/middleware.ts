import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../../../config/env"
import { accountKey, RateLimitCounter } from "./counter"
import { type RateLimitRule, scaled } from "./rules"

let counter: RateLimitCounter | undefined

function sharedCounter(req: MedusaRequest): RateLimitCounter {
  if (!counter) {
    const env = readEnv()
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    counter = new RateLimitCounter(env.REDIS_URL, env.QUEUE_PREFIX, (error) =>
      logger.warn(`Rate limiting skipped, Redis did not answer: ${error.message}`),
    )
  }
  return counter
}

/**
 * 429 with Retry-After (and a message in Arabic and English) once the client address or the named account has
 * made too many of these requests in the window. Every request counts, failed or not.
 */
export function rateLimit(base: RateLimitRule) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const rule = scaled(base, readEnv().RATE_LIMIT_SCALE)
    const ip = req.ip ?? req.socket.remoteAddress ?? "unknown"
    const keys = [{ key: `${rule.name}:ip:${ip}`, ...rule.perIp }]
    const account = rule.accountOf?.((req.body ?? {}) as Record<string, unknown>)
    if (account && rule.perAccount)
      keys.push({ key: `${rule.name}:acct:${accountKey(account)}`, ...rule.perAccount })
    const verdict = await sharedCounter(req).hit(keys)
    if (verdict.allowed) return next()
    res.setHeader("Retry-After", String(verdict.retryAfterSeconds))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many attempts; try again in ${verdict.retryAfterSeconds} seconds / محاولات كثيرة؛ حاول مرة أخرى بعد ${verdict.retryAfterSeconds} ثانية`,
      retry_after: verdict.retryAfterSeconds,
    })
  }
}
