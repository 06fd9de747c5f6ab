import { beforeAll, describe, expect, it } from "vitest"
import { bearer, staffToken, submittedFamily } from "../../support/actors"
import { api, asAdmin, withDb } from "../../support/context"
import { waitFor } from "../../support/wait-for"

type Entry = {
  action: string
  actor_email: string | null
  actor_role: string | null
  entity_type: string | null
  entity_id: string | null
  status_code: number
  method: string
  body: Record<string, unknown> | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

let reviewer: string
let finance: string
let hub: string

beforeAll(async () => {
  ;[reviewer, finance, hub] = await Promise.all([
    staffToken("reviewer"),
    staffToken("finance"),
    staffToken("hub"),
  ])
})

/** The audit entries about one entity, oldest first (they are written once the answer has gone out). */
async function entriesOf(entityId: string, count: number): Promise<Entry[]> {
  return waitFor(
    async () => {
      const response = await api(`/admin/audit-log?entity_id=${entityId}&limit=100`, { headers: asAdmin() })
      expect(response.status).toBe(200)
      const entries = (response.body.audit_entries as Entry[]).slice().reverse()
      return entries.length >= count ? entries : undefined
    },
    { what: `${count} audit entries for ${entityId}` },
  )
}

describe("GET /admin/me", () => {
  it("names the user and the role, and needs a login", async () => {
    for (const [token, role] of [
      [reviewer, "reviewer"],
      [finance, "finance"],
      [hub, "hub"],
    ] as const) {
      const response = await api("/admin/me", { headers: bearer(token) })
      expect(response.status).toBe(200)
      expect(response.body.user).toMatchObject({ email: `${role}@usra.jo`, role })
    }
    expect((await api("/admin/me", { headers: asAdmin() })).body.user).toMatchObject({ role: "super_admin" })
    expect((await api("/admin/me")).status).toBe(401)
  })
})

describe("GET /admin/today", () => {
  it("gives each role only the counts it acts on", async () => {
    const parts = async (token: string) =>
      Object.keys((await api("/admin/today", { headers: bearer(token) })).body.today as object).sort()
    expect(await parts(reviewer)).toEqual(["applications", "listings", "role"])
    expect(await parts(finance)).toEqual(["payout_batches", "role"])
    expect(await parts(hub)).toEqual(["consignments", "role"])
    const all = (await api("/admin/today", { headers: asAdmin() })).body.today as Record<string, unknown>
    expect(Object.keys(all).sort()).toEqual([
      "applications",
      "consignments",
      "failed_jobs",
      "listings",
      "payout_batches",
      "role",
    ])
  })

  it("lists the waiting applications oldest first and counts them as SQL does", async () => {
    await submittedFamily("TodayQueue")
    const today = (await api("/admin/today", { headers: bearer(reviewer) })).body.today as {
      applications: { waiting: number; oldest: { submitted_at: string }[] }
    }
    const counted = await withDb(
      async (db) =>
        (
          await db.query(
            "select count(*)::int as n from family where status in ('submitted', 'under_review') and deleted_at is null",
          )
        ).rows[0].n as number,
    )
    expect(today.applications.waiting).toBe(counted)
    const times = today.applications.oldest.map((family) => Date.parse(family.submitted_at))
    expect(times).toEqual([...times].sort((a, b) => a - b))
  })
})

describe("the audit trail", () => {
  it("records each state-changing admin action with who, what, before and after", async () => {
    const seller = await submittedFamily("Audited")
    const start = await api(`/admin/families/${seller.familyId}/start-review`, {
      method: "POST",
      headers: bearer(reviewer),
      body: {},
    })
    expect(start.status).toBe(200)
    // Rejected rather than approved: later suites list approved families page by page.
    const reject = await api(`/admin/families/${seller.familyId}/reject`, {
      method: "POST",
      headers: bearer(reviewer),
      body: { reason: "Not a productive family" },
    })
    expect(reject.status).toBe(200)
    const again = await api(`/admin/families/${seller.familyId}/reject`, {
      method: "POST",
      headers: bearer(reviewer),
      body: { reason: "Twice" },
    })
    expect(again.status).toBe(409)

    const entries = await entriesOf(seller.familyId, 3)
    const decisions = entries.filter((entry) => entry.method === "POST")
    expect(decisions.map((entry) => [entry.action, entry.status_code])).toEqual([
      ["families.start-review", 200],
      ["families.reject", 200],
      ["families.reject", 409],
    ])
    const [started, rejected, refused] = decisions as [Entry, Entry, Entry]
    expect(started).toMatchObject({
      actor_email: "reviewer@usra.jo",
      actor_role: "reviewer",
      entity_type: "families",
    })
    expect(started.before).toMatchObject({ status: "submitted" })
    expect(started.after).toMatchObject({ status: "under_review" })
    expect(rejected.before).toMatchObject({ status: "under_review" })
    expect(rejected.after).toMatchObject({ status: "rejected" })
    expect(rejected.body).toEqual({ reason: "Not a productive family" })
    expect(refused.after).toBeNull()
  })

  it("records finance's rate change with the rates before and after", async () => {
    const before = (await api("/admin/exchange-rates", { headers: bearer(finance) })).body.exchange_rates as {
      currency_code: string
      rate: string
    }[]
    const aed = before.find((rate) => rate.currency_code === "aed")?.rate as string
    const next = (Number(aed) + 0.01).toFixed(4)
    const changed = await api("/admin/exchange-rates", {
      method: "POST",
      headers: bearer(finance),
      body: { rates: { aed: next } },
    })
    expect(changed.status).toBe(202)
    const entry = await waitFor(
      async () => {
        const response = await api("/admin/audit-log?entity=exchange-rates&actor=finance@usra.jo&limit=1", {
          headers: asAdmin(),
        })
        const [latest] = response.body.audit_entries as Entry[]
        return latest && (latest.body as { rates?: { aed?: string } })?.rates?.aed === next
          ? latest
          : undefined
      },
      { what: "the rate change's audit entry" },
    )
    const rateOf = (snapshot: Record<string, unknown> | null) =>
      ((snapshot?.exchange_rates ?? []) as { currency_code: string; rate: string }[]).find(
        (rate) => rate.currency_code === "aed",
      )?.rate
    expect(entry).toMatchObject({ action: "exchange-rates.create", actor_role: "finance", status_code: 202 })
    expect(Number(rateOf(entry.before))).toBe(Number(aed))
    expect(Number(rateOf(entry.after))).toBe(Number(next))
    // Back as it was, for the suites that follow.
    const restored = await api("/admin/exchange-rates", {
      method: "POST",
      headers: bearer(finance),
      body: { rates: { aed } },
    })
    expect(restored.status).toBe(202)
  })

  it("records a hub's refused consignment action and a commission rule", async () => {
    const refused = await api("/admin/consignments/cons_missing0000000000/receive", {
      method: "POST",
      headers: bearer(hub),
      body: {},
    })
    expect(refused.status).toBe(404)
    const rule = await api("/admin/commission-rules", {
      method: "POST",
      headers: bearer(finance),
      body: { category_id: null, rate_bps: 1000 },
    })
    expect(rule.status).toBeLessThan(300)
    const [consignment] = await entriesOf("cons_missing0000000000", 1)
    expect(consignment).toMatchObject({
      action: "consignments.receive",
      actor_role: "hub",
      status_code: 404,
      before: null,
    })
    const commission = await waitFor(
      async () =>
        (
          (await api("/admin/audit-log?entity=commission-rules&limit=1", { headers: asAdmin() })).body
            .audit_entries as Entry[]
        )[0],
      { what: "the commission rule's entry" },
    )
    expect(commission).toMatchObject({ action: "commission-rules.create", actor_role: "finance" })
    expect(commission.after).toHaveProperty("active_rules")
  })

  it("records each read of a family's sensitive profile, and keeps it from finance", async () => {
    const seller = await submittedFamily("SensitiveReads")
    const read = await api(`/admin/families/${seller.familyId}`, { headers: bearer(reviewer) })
    expect(read.body.family).toHaveProperty("sensitive_profile")
    const [view] = await entriesOf(seller.familyId, 1)
    expect(view).toMatchObject({
      action: "families.sensitive_profile.view",
      method: "GET",
      actor_email: "reviewer@usra.jo",
      status_code: 200,
    })
    const byFinance = await api(`/admin/families/${seller.familyId}`, { headers: bearer(finance) })
    expect(byFinance.status).toBe(200)
    expect(byFinance.body.family).not.toHaveProperty("sensitive_profile")
    expect(JSON.stringify(byFinance.body)).not.toContain("maker_gender")
    const after = await api(
      `/admin/audit-log?entity_id=${seller.familyId}&action=families.sensitive_profile.view`,
      {
        headers: asAdmin(),
      },
    )
    expect(after.body.count).toBe(1)
    // A decision's answer never carries the sensitive profile: it is read (and recorded) on the profile only.
    const started = await api(`/admin/families/${seller.familyId}/start-review`, {
      method: "POST",
      headers: bearer(reviewer),
      body: {},
    })
    expect(started.body.family).not.toHaveProperty("sensitive_profile")
  })

  it("is read by super admins only, filtered by actor, entity and dates", async () => {
    for (const token of [reviewer, finance, hub]) {
      expect((await api("/admin/audit-log", { headers: bearer(token) })).status).toBe(403)
    }
    const today = new Date().toISOString().slice(0, 10)
    const filtered = await api(
      `/admin/audit-log?actor=reviewer@usra.jo&entity=families&from=${today}&to=${today}`,
      {
        headers: asAdmin(),
      },
    )
    expect(filtered.status).toBe(200)
    expect(
      (filtered.body.audit_entries as Entry[]).every((entry) => entry.actor_email === "reviewer@usra.jo"),
    ).toBe(true)
    expect(filtered.body.count as number).toBeGreaterThan(0)
    const old = await api("/admin/audit-log?to=2001-01-01", { headers: asAdmin() })
    expect(old.body.count).toBe(0)
    for (const bad of ["from=yesterday", "to=2026-13-45", "limit=0", "entity=Families!", "nope=1"]) {
      const response = await api(`/admin/audit-log?${bad}`, { headers: asAdmin() })
      expect(response.status, bad).toBe(400)
    }
  })
})

describe("families for finance", () => {
  it("may be listed and read by finance, but finance cannot decide or open documents", async () => {
    const seller = await submittedFamily("FinanceReads")
    expect(
      (await api("/admin/families?status=submitted,under_review", { headers: bearer(finance) })).status,
    ).toBe(200)
    expect(
      (
        await api(`/admin/families/${seller.familyId}/start-review`, {
          method: "POST",
          headers: bearer(finance),
          body: {},
        })
      ).status,
    ).toBe(403)
    expect(
      (await api(`/admin/families/${seller.familyId}/documents/fdoc_missing`, { headers: bearer(finance) }))
        .status,
    ).toBe(403)
    expect((await api("/admin/families", { headers: bearer(hub) })).status).toBe(403)
    expect((await api("/admin/families?status=submitted,bogus", { headers: bearer(reviewer) })).status).toBe(
      400,
    )
  })
})
