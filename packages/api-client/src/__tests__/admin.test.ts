import { afterEach, describe, expect, it, vi } from "vitest"
import { createUsraAdminClient, UsraApiError } from "../index"

type Call = { url: URL; init: RequestInit }

function answer(...bodies: [number, unknown][]) {
  const calls: Call[] = []
  let next = 0
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: Parameters<typeof fetch>[0], init: RequestInit = {}) => {
      calls.push({ url: new URL(String(input)), init })
      const [status, body] = bodies[Math.min(next++, bodies.length - 1)] ?? [200, {}]
      return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
    }),
  )
  return calls
}

afterEach(() => vi.unstubAllGlobals())

const client = () => createUsraAdminClient({ baseUrl: "http://backend.test/" })

describe("createUsraAdminClient", () => {
  it("logs in with emailpass and opens Medusa's session (cookie), sending credentials", async () => {
    const calls = answer([200, { token: "jwt" }], [200, { user: { id: "user_1" } }])
    await client().auth.login("reviewer@usra.jo", "secret")
    expect(calls.map((call) => `${call.init.method} ${call.url.pathname}`)).toEqual([
      "POST /auth/user/emailpass",
      "POST /auth/session",
    ])
    expect(new Headers(calls[1]?.init.headers).get("authorization")).toBe("Bearer jwt")
    expect(calls[1]?.init.credentials).toBe("include")
  })

  it("turns a refused login into a 401 UsraApiError", async () => {
    answer([401, { message: "Invalid email or password" }])
    const error = await client()
      .auth.login("a@b.c", "x")
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UsraApiError)
    expect((error as UsraApiError).status).toBe(401)
    expect((error as UsraApiError).message).toBe("Invalid email or password")
  })

  it("asks for the review queue with several statuses, and posts a decision with its reason", async () => {
    const calls = answer(
      [200, { families: [], count: 0, limit: 20, offset: 0 }],
      [200, { family: { id: "fam_1" } }],
    )
    await client().families.list({ status: "submitted,under_review", order: "submitted_at", q: "" })
    expect(calls[0]?.url.pathname).toBe("/admin/families")
    expect(calls[0]?.url.searchParams.get("status")).toBe("submitted,under_review")
    expect(calls[0]?.url.searchParams.has("q")).toBe(false)
    await client().families.transition("fam_1", "request-changes", "Please upload the certificate")
    expect(calls[1]?.url.pathname).toBe("/admin/families/fam_1/request-changes")
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual({ reason: "Please upload the certificate" })
  })

  it("finds a consignment by code and builds links the browser opens with the session", async () => {
    const calls = answer([200, { consignments: [], count: 0, limit: 1, offset: 0 }])
    expect(await client().consignments.byCode("K7MX3QPA")).toBeNull()
    expect(calls[0]?.url.searchParams.get("code")).toBe("K7MX3QPA")
    expect(client().consignments.packingSlipUrl("cons_1")).toBe(
      "http://backend.test/admin/consignments/cons_1/packing-slip.pdf",
    )
    expect(client().impact.csvUrl({ group_by: "gender", from: "2026-01-01" })).toBe(
      "http://backend.test/admin/impact/export.csv?group_by=gender&from=2026-01-01",
    )
    expect(client().families.incomeStatementUrl("fam_1", 2026)).toBe(
      "http://backend.test/admin/families/fam_1/income-statement.pdf?year=2026",
    )
  })

  it("marks a batch paid with the bank's reference", async () => {
    const calls = answer([200, { payout_batch: { id: "pbat_1", status: "paid" } }])
    await client().payouts.markBatchPaid("pbat_1", "CBJ-1")
    expect(calls[0]?.url.pathname).toBe("/admin/payout-batches/pbat_1/mark-paid")
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ bank_reference: "CBJ-1" })
  })

  it("lists reviews with their filters, hides one with its reason, and closes the session on logout", async () => {
    const calls = answer(
      [200, { reviews: [], count: 0, limit: 20, offset: 0 }],
      [200, { review: { id: "rev_1", status: "hidden" } }],
      [200, { success: true }],
    )
    await client().reviews.list({
      rating: 2,
      status: "published",
      product_id: undefined,
      limit: 20,
      offset: 0,
    })
    expect(calls[0]?.url.pathname).toBe("/admin/reviews")
    expect(Object.fromEntries(calls[0]?.url.searchParams ?? [])).toEqual({
      rating: "2",
      status: "published",
      limit: "20",
      offset: "0",
    })
    expect(calls[0]?.init.credentials).toBe("include")
    expect(await client().reviews.hide("rev_1", "Offensive words")).toMatchObject({ status: "hidden" })
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual({ reason: "Offensive words" })
    await client().auth.logout()
    expect(`${calls[2]?.init.method} ${calls[2]?.url.pathname}`).toBe("DELETE /auth/session")
  })

  it("says 503 when the server cannot be reached", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("fetch failed")
      }),
    )
    const error = await client()
      .me()
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: "UsraApiError", status: 503, type: "unreachable" })
  })
})
