import { beforeAll, describe, expect, it } from "vitest"
import { bearer, staffToken } from "../../support/actors"
import { api, asAdmin } from "../../support/context"

type Role = "reviewer" | "finance" | "hub"

/** Medusa's own admin API is super_admin's; ministry roles get only the reads their work needs. */
describe("Medusa's own admin routes under the ministry roles", () => {
  const tokens = {} as Record<Role, Record<string, string>>

  beforeAll(async () => {
    for (const role of ["reviewer", "finance", "hub"] as const) tokens[role] = bearer(await staffToken(role))
  })

  it.each([
    ["reviewer", "GET", "/admin/users"],
    ["finance", "GET", "/admin/api-keys"],
    ["hub", "POST", "/admin/products"],
    ["finance", "POST", "/admin/invites"],
    ["hub", "POST", "/admin/regions"],
    ["reviewer", "GET", "/admin/orders"],
    ["finance", "DELETE", "/admin/products/prod_x"],
  ] as const)("%s: %s %s is 403", async (role, method, path) => {
    const response = await api(path, {
      method,
      headers: tokens[role],
      body: method === "GET" ? undefined : {},
    })
    expect(response.status).toBe(403)
    expect(String(response.body.message)).toContain("super_admin")
  })

  it.each([
    ["reviewer", "/admin/users/me"],
    ["hub", "/admin/orders?limit=1"],
    ["finance", "/admin/orders?limit=1"],
    ["reviewer", "/admin/products?limit=1"],
  ] as const)("%s may read %s", async (role, path) => {
    expect((await api(path, { headers: tokens[role] })).status).toBe(200)
  })

  it("leaves all of it to super_admin", async () => {
    expect((await api("/admin/users?limit=1", { headers: asAdmin() })).status).toBe(200)
    expect((await api("/admin/api-keys?limit=1", { headers: asAdmin() })).status).toBe(200)
  })
})
