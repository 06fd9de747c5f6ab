import { describe, expect, it } from "vitest"
import { api } from "../support/context"

describe("health and readiness", () => {
  it("GET /health answers OK", async () => {
    const response = await api("/health")
    expect(response.status).toBe(200)
  })

  it("GET /ready checks PostgreSQL and Redis", async () => {
    const response = await api("/ready")
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: "ok", checks: { database: "ok", redis: "ok" } })
  })
})
