import { beforeAll, describe, expect, it } from "vitest"
import { bearer, staffToken } from "../../support/actors"
import { api, asAdmin } from "../../support/context"

type Role = "reviewer" | "finance" | "hub"
const tokens: Partial<Record<Role, string>> = {}

beforeAll(async () => {
  for (const role of ["reviewer", "finance", "hub"] as const) tokens[role] = await staffToken(role)
})

// Each ministry route and the roles that may call it (super_admin may call all of them).
const ROUTES: { method: "GET" | "POST"; path: string; allowed: Role[] }[] = [
  { method: "GET", path: "/admin/families", allowed: ["reviewer", "finance"] },
  { method: "GET", path: "/admin/families/fam_missing0000000000", allowed: ["reviewer", "finance"] },
  { method: "POST", path: "/admin/families/fam_missing0000000000/approve", allowed: ["reviewer"] },
  { method: "GET", path: "/admin/jobs/failed", allowed: [] },
  { method: "GET", path: "/admin/audit-log", allowed: [] },
  { method: "GET", path: "/admin/impact", allowed: ["reviewer", "finance"] },
  { method: "GET", path: "/admin/families/fam_missing0000000000/income-statement.pdf", allowed: ["finance"] },
  { method: "GET", path: "/admin/orders/order_missing000000000/families", allowed: ["hub", "finance"] },
  { method: "GET", path: "/admin/jobs/reprice-all-missing", allowed: ["finance"] },
  { method: "GET", path: "/admin/exchange-rates", allowed: ["finance"] },
  { method: "POST", path: "/admin/exchange-rates", allowed: ["finance"] },
  { method: "POST", path: "/admin/jobs/failed/fjob_missing/retry", allowed: [] },
  { method: "POST", path: "/admin/notifications", allowed: [] },
]

describe("ministry roles", () => {
  it.each(ROUTES)(
    "$method $path answers 403 to every role but its own",
    async ({ method, path, allowed }) => {
      for (const role of ["reviewer", "finance", "hub"] as const) {
        const response = await api(path, {
          method,
          headers: bearer(tokens[role] as string),
          body: method === "POST" ? {} : undefined,
        })
        if (allowed.includes(role)) expect(response.status, `${role} on ${path}`).not.toBe(403)
        else {
          expect(response.status, `${role} on ${path}`).toBe(403)
          expect(String(response.body.message)).toContain("role")
        }
      }
      const asSuperAdmin = await api(path, {
        method,
        headers: asAdmin(),
        body: method === "POST" ? {} : undefined,
      })
      expect(asSuperAdmin.status).not.toBe(403)
    },
  )

  it("refuses every ministry route without a login", async () => {
    for (const { method, path } of ROUTES) {
      expect((await api(path, { method })).status, path).toBe(401)
    }
  })
})
