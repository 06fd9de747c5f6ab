/** One limit: at most `max` requests per `windowSeconds`, counted per client address or per account. */
export type Limit = { max: number; windowSeconds: number }

export type RateLimitRule = {
  name: string
  perIp: Limit
  /** Counted per account too when the request names one (`accountOf`), so one address cannot spray guesses. */
  perAccount?: Limit
  accountOf?: (body: Record<string, unknown>) => string | undefined
}

const field = (name: string) => (body: Record<string, unknown>) => {
  const value = body[name]
  return typeof value === "string" && value.trim() ? value.trim().toLowerCase() : undefined
}

const MINUTE = 60
const HOUR = 60 * MINUTE

/** The limits of the routes an attacker would hammer: logins, sign-ups, password resets, guest order lookups. */
export const RATE_LIMIT_RULES = {
  login: {
    name: "login",
    perIp: { max: 50, windowSeconds: 15 * MINUTE },
    perAccount: { max: 10, windowSeconds: 15 * MINUTE },
    accountOf: field("email"),
  },
  register: { name: "register", perIp: { max: 10, windowSeconds: HOUR } },
  passwordReset: {
    name: "password-reset",
    perIp: { max: 20, windowSeconds: HOUR },
    perAccount: { max: 5, windowSeconds: HOUR },
    accountOf: field("identifier"),
  },
  orderLookup: {
    name: "order-lookup",
    perIp: { max: 20, windowSeconds: 15 * MINUTE },
    perAccount: { max: 10, windowSeconds: 15 * MINUTE },
    accountOf: field("email"),
  },
} satisfies Record<string, RateLimitRule>

/** The rule scaled by RATE_LIMIT_SCALE (a test run raises every limit so its own many logins pass). */
export function scaled(rule: RateLimitRule, scale: number): RateLimitRule {
  const grow = (limit: Limit): Limit => ({ ...limit, max: Math.max(1, Math.round(limit.max * scale)) })
  return { ...rule, perIp: grow(rule.perIp), perAccount: rule.perAccount && grow(rule.perAccount) }
}
