import { describe, expect, it, vi } from "vitest"
import { config } from "../lib/config.server"
import {
  baseSecurityHeaders,
  contentSecurityPolicy,
  newNonce,
  type SecurityContext,
  setPageSecurityHeaders,
} from "../lib/security-headers.server"

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split("; ").map((directive) => {
      const [name = "", ...values] = directive.split(" ")
      return [name, values]
    }),
  )

const emulator: SecurityContext = {
  backendUrl: "http://localhost:9000/",
  stripe: { publishableKey: "pk_test_emulator", emulatorUrl: "http://127.0.0.1:12111" },
  production: true,
}
const stripe: SecurityContext = {
  backendUrl: "https://api.usra.jo",
  stripe: { publishableKey: "pk_live_123", emulatorUrl: null },
  production: true,
}

describe("contentSecurityPolicy", () => {
  it("allows inline scripts only with the response's nonce, and the emulator rather than Stripe", () => {
    const policy = directives(contentSecurityPolicy(emulator, "abc123"))
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-abc123'"])
    expect(policy["connect-src"]).toEqual(["'self'", "http://localhost:9000", "http://127.0.0.1:12111"])
    expect(policy["img-src"]).toEqual(["'self'", "data:", "http://localhost:9000"])
    expect(policy["frame-src"]).toEqual(["'none'"])
    expect(policy["frame-ancestors"]).toEqual(["'none'"])
    expect(policy["object-src"]).toEqual(["'none'"])
    expect(policy["default-src"]).toEqual(["'self'"])
    expect(JSON.stringify(policy)).not.toContain("stripe.com")
    expect(JSON.stringify(policy)).not.toContain("unsafe-inline")
  })

  it("opens Stripe's origins only when a real publishable key is configured", () => {
    const policy = directives(contentSecurityPolicy(stripe, "n"))
    expect(policy["script-src"]).toEqual([
      "'self'",
      "'nonce-n'",
      "https://js.stripe.com",
      "https://*.js.stripe.com",
    ])
    expect(policy["frame-src"]).toContain("https://hooks.stripe.com")
    expect(policy["connect-src"]).toEqual(["'self'", "https://api.usra.jo", "https://api.stripe.com"])
    expect(JSON.stringify(policy)).not.toContain("12111")
  })

  it("loads product photos from the configured file origins as well as the backend", () => {
    const policy = directives(
      contentSecurityPolicy({ ...stripe, imageOrigins: ["https://files.usra.jo"] }, "n"),
    )
    expect(policy["img-src"]).toEqual([
      "'self'",
      "data:",
      "https://api.usra.jo",
      "https://files.usra.jo",
      "https://*.stripe.com",
    ])
  })

  it("reads the file origins from STOREFRONT_IMAGE_ORIGINS, dropping what is not a URL", () => {
    vi.stubEnv("STOREFRONT_IMAGE_ORIGINS", "https://files.usra.jo/uploads, not-a-url https://cdn.usra.jo")
    try {
      expect(config().imageOrigins).toEqual(["https://files.usra.jo", "https://cdn.usra.jo"])
    } finally {
      vi.unstubAllEnvs()
    }
    expect(config().imageOrigins).toEqual([])
  })

  it("lets Vite's live reload connect and inject styles only while developing", () => {
    const development = directives(contentSecurityPolicy({ ...emulator, production: false }, "n"))
    expect(development["connect-src"]).toContain("ws:")
    expect(development["style-src"]).toContain("'unsafe-inline'")
    expect(development["script-src"]).not.toContain("'unsafe-inline'")
    const production = directives(contentSecurityPolicy(emulator, "n"))
    expect(production["connect-src"]).not.toContain("ws:")
    expect(production["style-src"]).toEqual(["'self'"])
  })

  it("draws a new nonce for every response", () => {
    const nonces = new Set(Array.from({ length: 20 }, newNonce))
    expect(nonces.size).toBe(20)
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16)
  })
})

describe("page security headers", () => {
  it("sets the CSP, nosniff, a referrer policy and no framing; HSTS only in production", () => {
    const headers = new Headers()
    setPageSecurityHeaders(headers, emulator, "n0nce")
    expect(headers.get("content-security-policy")).toContain("'nonce-n0nce'")
    expect(headers.get("x-content-type-options")).toBe("nosniff")
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
    expect(headers.get("x-frame-options")).toBe("DENY")
    expect(headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains")
    expect(baseSecurityHeaders({ ...emulator, production: false })).not.toHaveProperty(
      "Strict-Transport-Security",
    )
  })
})
