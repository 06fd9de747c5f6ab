import { describe, expect, it } from "vitest"
import { staffToken } from "../../support/actors"
import { api, asAdmin } from "../../support/context"

const bearerOf = async (role: "finance" | "hub" | "reviewer") => ({
  authorization: `Bearer ${await staffToken(role)}`,
})

describe("the queue dashboard (bull-board) under the admin API", () => {
  it("is closed to anyone not logged in", async () => {
    expect((await api("/admin/queue-dashboard/")).status).toBe(401)
    expect((await api("/admin/queue-dashboard/api/queues")).status).toBe(401)
  })

  it.each(["finance", "hub", "reviewer"] as const)("is closed to the %s role (403)", async (role) => {
    const headers = await bearerOf(role)
    const page = await api("/admin/queue-dashboard/api/queues", { headers })
    expect(page.status).toBe(403)
    expect(String(page.body.message)).toContain("super_admin")
    const retry = await api("/admin/queue-dashboard/api/queues/payouts/retry/failed", {
      method: "PUT",
      headers,
    })
    expect(retry.status).toBe(403)
  })

  it("lists every queue for super_admin, with a policy that keeps the page on our own origin", async () => {
    const response = await api("/admin/queue-dashboard/api/queues?activeQueue=fulfilment&page=1", {
      headers: asAdmin(),
    })
    expect(response.status).toBe(200)
    const names = (response.body.queues as { name: string }[]).map((queue) => queue.name)
    expect(names).toEqual(expect.arrayContaining(["fulfilment", "notifications", "payments", "pricing"]))
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'")
  })

  it("serves the dashboard page and its scripts from the backend itself", async () => {
    const page = await api("/admin/queue-dashboard/", { headers: asAdmin() })
    expect(page.status).toBe(200)
    const html = String(page.body.text)
    expect(html).toContain("Usra queues")
    const script = html.match(/src="(static\/js\/[^"]+\.js)"/)?.[1]
    expect(script).toBeDefined()
    const asset = await api(`/admin/queue-dashboard/${script}`, { headers: asAdmin() })
    expect(asset.status).toBe(200)
  })
})
