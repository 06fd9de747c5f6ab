import { describe, expect, inject, it } from "vitest"
import { api, asAdmin, withPublishableKey } from "../../support/context"

const preflight = (path: string, origin: string) =>
  fetch(`${inject("baseUrl")}${path}`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "GET",
      "access-control-request-headers": "x-publishable-api-key",
    },
  })

describe("HTTP hygiene of the API", () => {
  // Our routes' answers, including their errors. (Medusa's own 401 for an /admin request without a login, and
  // its 404 for a path no route knows, are sent before any project middleware runs; docs/security.md has the
  // ingress setting that adds the same headers to every answer.)
  it.each([
    ["/store/products?limit=1", withPublishableKey()],
    ["/store/products?limit=-1", withPublishableKey()],
    ["/admin/families", asAdmin()],
    ["/admin/families?limit=abc", asAdmin()],
    ["/seller/families/me", {}],
  ])("answers %s with headers that forbid framing and sniffing", async (path, headers) => {
    const response = await api(path, { headers })
    expect(response.headers.get("x-content-type-options")).toBe("nosniff")
    expect(response.headers.get("x-frame-options")).toBe("DENY")
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'")
    expect(response.headers.get("referrer-policy")).toBe("no-referrer")
    expect(response.headers.get("x-powered-by")).toBeNull()
    // Development serves plain HTTP: no HSTS here (production sends it).
    expect(response.headers.get("strict-transport-security")).toBeNull()
  })

  it.each([
    ["/store/products", "http://localhost:3000", true],
    ["/store/products", "https://evil.example", false],
    ["/admin/families", "http://localhost:7001", true],
    ["/admin/families", "https://evil.example", false],
    ["/auth/user/emailpass", "https://evil.example", false],
    ["/auth/user/emailpass", "http://localhost:7001", true],
  ])("CORS on %s from %s: allowed %s", async (path, origin, allowed) => {
    const response = await preflight(path, origin)
    const granted = response.headers.get("access-control-allow-origin")
    if (allowed) expect(granted).toBe(origin)
    else expect(granted).toBeNull()
  })

  it("sets the session cookie HttpOnly and SameSite=Lax", async () => {
    const response = await fetch(`${inject("baseUrl")}/auth/session`, { method: "POST", headers: asAdmin() })
    expect(response.status).toBe(200)
    const cookie = response.headers.get("set-cookie") ?? ""
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })
})
