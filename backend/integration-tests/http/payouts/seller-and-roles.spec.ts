import { describe, expect, it } from "vitest"
import { bearer, registerFamily, staffToken } from "../../support/actors"
import { api, asAdmin, withDb } from "../../support/context"
import {
  deliveredFamilyOrder,
  finance,
  releaseNow,
  sellingFamily,
  setBankAccount,
  VALID_IBAN,
} from "../../support/payouts"
import { rawQueue } from "../../support/queue"

const get = (path: string, token: string) => api(path, { headers: bearer(token) })

describe("a family's own money", () => {
  it("sees only its own balance, upcoming releases, ledger, payouts and payout account", async () => {
    const a = await sellingFamily("seller-a", 20_000)
    const b = await registerFamily("seller-b")
    const first = await deliveredFamilyOrder(a)
    const second = await deliveredFamilyOrder(a)
    await releaseNow(first.order_id, a.familyId)
    await setBankAccount(a)

    const balance = await get("/seller/balance", a.token)
    expect(balance.status).toBe(200)
    expect(balance.body.balance).toMatchObject({ currency_code: "jod", available: 18_000 })
    expect(balance.body.upcoming_releases).toEqual([
      expect.objectContaining({
        family_order_id: second.id,
        amount_jod: 20_000,
        status: "pending",
        release_at: null,
      }),
    ])
    // Delivered: the release job waits out the return window, and the family sees when it runs.
    await withDb((db) => db.query("update family_order set status = 'delivered' where id = $1", [second.id]))
    const queue = rawQueue("payouts")
    const due = Date.now() + 3_600_000
    try {
      await queue.add(
        "release-family-funds",
        { order_id: second.order_id, family_id: a.familyId },
        { jobId: `release-funds-${second.order_id}-${a.familyId}`, delay: 3_600_000 },
      )
    } finally {
      await queue.close()
    }
    const later = await get("/seller/balance", a.token)
    const [upcoming] = later.body.upcoming_releases as { status: string; release_at: string }[]
    expect(upcoming?.status).toBe("delivered")
    expect(Math.abs(Date.parse(upcoming?.release_at ?? "") - due)).toBeLessThan(10_000)

    const ledger = await get("/seller/ledger?limit=1", a.token)
    expect(ledger.body).toMatchObject({ count: 2, limit: 1, balance: 18_000 })
    expect(ledger.body.entries).toHaveLength(1)
    expect((await get("/seller/ledger?limit=0", a.token)).status).toBe(400)
    expect((await get("/seller/ledger?offset=-1", a.token)).status).toBe(400)
    expect((await get("/seller/payouts?family_id=x", a.token)).status).toBe(400)

    // Family B sees none of it.
    const theirs = await get("/seller/balance", b.token)
    expect(theirs.body).toEqual({
      balance: expect.objectContaining({ available: 0 }),
      upcoming_releases: [],
    })
    expect((await get("/seller/ledger", b.token)).body).toMatchObject({ entries: [], count: 0, balance: 0 })
    expect((await get("/seller/payouts", b.token)).body).toMatchObject({ payouts: [], count: 0 })
    expect((await get("/seller/payout-account", b.token)).body).toEqual({ payout_account: null })
    // Nobody without a seller login.
    for (const path of ["/seller/balance", "/seller/ledger", "/seller/payouts", "/seller/payout-account"]) {
      expect((await api(path)).status, path).toBe(401)
    }
  })

  it("sets a bank or CliQ payout account, validated, and sees it masked", async () => {
    const family = await registerFamily("seller-account")
    const saved = await setBankAccount(family, { iban: "jo94 cbjo 0010 0000 0000 0131 0003 02" })
    expect(saved).toMatchObject({ rail: "bank_cliq", iban: `${"•".repeat(26)}0302`, cliq_alias: null })
    const read = await get("/seller/payout-account", family.token)
    expect(JSON.stringify(read.body)).not.toContain(VALID_IBAN)
    expect(JSON.stringify(read.body)).not.toContain("CBJO")

    const alias = await setBankAccount(family, { cliq_alias: "079 123 4567" })
    expect(alias).toMatchObject({ iban: null, cliq_alias: `${"•".repeat(8)}4567` })

    const bad: [Record<string, unknown>, RegExp][] = [
      [{ iban: "JO94CBJO0010000000000131000303" }, /iban .*check digits.*خانات/],
      [{ iban: "JO94CBJO001000000000013100030" }, /iban must be 30 characters/],
      [{ iban: "DE89370400440532013000" }, /iban must be a Jordanian IBAN/],
      [{ cliq_alias: "0761234567" }, /cliq_alias must be a Jordanian mobile/],
      [{ cliq_alias: "um_salem!" }, /cliq_alias/],
      [{ iban: VALID_IBAN, cliq_alias: "UMSALEM" }, /exactly one/],
      [{}, /exactly one/],
      [{ iban: VALID_IBAN, rail: "stripe_connect" }, /rail/],
      [{ iban: VALID_IBAN, family_id: "fam_other" }, /family_id/],
    ]
    for (const [body, message] of bad) {
      const response = await api("/seller/payout-account", {
        method: "POST",
        headers: bearer(family.token),
        body: { account_holder_name: "Umm Salem", ...body },
      })
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(String(response.body.message), JSON.stringify(body)).toMatch(message)
    }
    const noName = await api("/seller/payout-account", {
      method: "POST",
      headers: bearer(family.token),
      body: { iban: VALID_IBAN },
    })
    expect(noName.status).toBe(400)
    expect(String(noName.body.message)).toMatch(/account_holder_name/)
  })
})

describe("finance routes", () => {
  it("lets only finance (and super_admin) in", async () => {
    const routes: [string, string, Record<string, unknown>?][] = [
      ["GET", "/admin/payout-runs"],
      ["POST", "/admin/payout-runs", {}],
      ["GET", "/admin/payout-batches"],
      ["GET", "/admin/payouts"],
      ["POST", "/admin/payouts/pay_x/fail", { reason: "Closed account" }],
      ["GET", "/admin/balances"],
      ["GET", "/admin/commission-rules"],
      ["POST", "/admin/commission-rules", { category_id: null, rate_bps: 1000 }],
      ["POST", "/admin/family-orders/ford_x/refunds", { amount: 100, reason: "Broken" }],
    ]
    const seller = await registerFamily("roles-seller")
    for (const role of ["hub", "reviewer"] as const) {
      const token = await staffToken(role)
      for (const [method, path, body] of routes) {
        const response = await api(path, { method, headers: bearer(token), body })
        expect(response.status, `${role} ${method} ${path}`).toBe(403)
        expect(String(response.body.message)).toMatch(/finance/)
      }
    }
    for (const [method, path, body] of routes) {
      expect((await api(path, { method, headers: bearer(seller.token), body })).status, path).toBe(401)
    }
    expect((await api("/admin/balances", { headers: await finance() })).status).toBe(200)
    expect((await api("/admin/balances", { headers: asAdmin() })).status).toBe(200)
  })

  it("lists balances per family and validates commission rules", async () => {
    const family = await sellingFamily("balances", 10_000)
    const familyOrder = await deliveredFamilyOrder(family)
    await releaseNow(familyOrder.order_id, family.familyId)
    const balances = await api("/admin/balances?limit=100", { headers: await finance() })
    expect(balances.status).toBe(200)
    expect(balances.body.balances).toContainEqual(
      expect.objectContaining({
        family_id: family.familyId,
        balance: 9_000,
        family_name_en: "balances family",
      }),
    )
    expect((await api("/admin/balances?limit=101", { headers: await finance() })).status).toBe(400)

    const bad: [Record<string, unknown>, RegExp][] = [
      [{ category_id: null, rate_bps: -1 }, /rate_bps/],
      [{ category_id: null, rate_bps: 5_001 }, /rate_bps/],
      [{ category_id: null, rate_bps: 10.5 }, /rate_bps/],
      [{ category_id: null }, /rate_bps/],
      [{ category_id: null, rate_bps: 1_000, active: false }, /active/],
    ]
    for (const [body, message] of bad) {
      const response = await api("/admin/commission-rules", {
        method: "POST",
        headers: await finance(),
        body,
      })
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(String(response.body.message), JSON.stringify(body)).toMatch(message)
    }
    const unknown = await api("/admin/commission-rules", {
      method: "POST",
      headers: await finance(),
      body: { category_id: "pcat_unknown", rate_bps: 700 },
    })
    expect(unknown.status).toBe(404)
    const threshold = await api("/admin/payout-runs", {
      method: "POST",
      headers: await finance(),
      body: { threshold: -5 },
    })
    expect(threshold.status).toBe(400)
    expect(String(threshold.body.message)).toMatch(/threshold/)
  })
})
