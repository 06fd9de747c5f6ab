import { describe, expect, it } from "vitest"
import { bearer, staffToken } from "../../support/actors"
import { paymentOfOrder } from "../../support/card-checkout"
import { productsOfFamilies } from "../../support/checkout"
import { api, asAdmin, withDb } from "../../support/context"
import {
  balanceOf,
  deliveredFamilyOrder,
  finance,
  finishedJob,
  ledgerOf,
  paidOrderOf,
  releaseNow,
  runPayouts,
  sellingFamily,
  setBankAccount,
} from "../../support/payouts"
import { rawQueue } from "../../support/queue"

const refund = async (
  familyOrderId: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
) =>
  api(`/admin/family-orders/${familyOrderId}/refunds`, {
    method: "POST",
    headers: headers ?? (await finance()),
    body,
  })

const kinds = (rows: { kind: string; amount: number }[]) => rows.map((row) => `${row.kind} ${row.amount}`)

describe("release into the ledger", () => {
  it("books sale and commission exactly once: the job enqueued twice, and again after it left Redis", async () => {
    const family = await sellingFamily("ledger-once", 20_000)
    const familyOrder = await deliveredFamilyOrder(family)
    expect(familyOrder).toMatchObject({ currency_code: "jod", exchange_rate: "1" })
    expect(Number(familyOrder.subtotal_jod)).toBe(20_000)

    const queue = rawQueue("payouts")
    try {
      const payload = { order_id: familyOrder.order_id, family_id: family.familyId }
      const jobId = `release-funds-${payload.order_id}-${payload.family_id}`
      await Promise.all([
        queue.add("release-family-funds", payload, { jobId }),
        queue.add("release-family-funds", payload, { jobId }),
      ])
      await finishedJob(queue, jobId)
      expect(kinds(await ledgerOf(family.familyId))).toEqual(["sale 20000", "commission -2000"])

      // The first job is gone from Redis (removed, or expired); the same release arrives again.
      await (await queue.getJob(jobId))?.remove()
      await queue.add("release-family-funds", payload, { jobId })
      const again = (await finishedJob(queue, jobId)) as { reason: string; entries: number }
      expect(again).toMatchObject({ reason: "already released", entries: 0 })
      // And once more under another job id (a retry from the failed-jobs list).
      await queue.add("release-family-funds", payload, { jobId: `${jobId}-retry` })
      await finishedJob(queue, `${jobId}-retry`)
    } finally {
      await queue.close()
    }
    expect(kinds(await ledgerOf(family.familyId))).toEqual(["sale 20000", "commission -2000"])
    expect(await balanceOf(family.familyId)).toBe(18_000)
  })

  it("takes commission by the product's category rule, else the global rule", async () => {
    const [category] = await withDb(
      async (db) =>
        (
          await db.query(
            "select id from product_category where handle = 'candles-crafts' and deleted_at is null",
          )
        ).rows,
    )
    const set = await api("/admin/commission-rules", {
      method: "POST",
      headers: await finance(),
      body: { category_id: category.id, rate_bps: 550 },
    })
    expect(set.status, JSON.stringify(set.body)).toBe(201)
    expect(set.body.commission_rule).toMatchObject({ category_id: category.id, rate_bps: 550, active: true })
    // A second rule for the category replaces the first.
    const replaced = await api("/admin/commission-rules", {
      method: "POST",
      headers: await finance(),
      body: { category_id: category.id, rate_bps: 500 },
    })
    expect(replaced.status).toBe(201)
    const rules = await api("/admin/commission-rules?active=true&limit=100", { headers: await finance() })
    const active = (rules.body.commission_rules as { category_id: string | null; rate_bps: number }[]).filter(
      (rule) => rule.category_id === category.id,
    )
    expect(active).toEqual([expect.objectContaining({ rate_bps: 500 })])
    expect(
      (rules.body.commission_rules as { category_id: string | null }[]).some(
        (rule) => rule.category_id === null,
      ),
    ).toBe(true)

    const candles = await sellingFamily("ledger-candles", 12_345, { category: "candles-crafts" })
    const candleOrder = await deliveredFamilyOrder(candles)
    await releaseNow(candleOrder.order_id, candles.familyId)
    // 5% of 12.345 JOD = 617.25 fils, rounded half up to 617.
    expect(kinds(await ledgerOf(candles.familyId))).toEqual(["sale 12345", "commission -617"])
  })

  it("books an order in another currency at the JOD amount locked when it was placed", async () => {
    const [demo] = await productsOfFamilies(1)
    const { familyOrder } = await paidOrderOf([demo?.handle as string], demo?.family_id as string, {
      currency: "eur",
      country: "de",
    })
    expect(familyOrder.exchange_rate).toMatch(/^\d+(\.\d+)?$/)
    const rate = Number(familyOrder.exchange_rate)
    expect(
      Math.abs(Number(familyOrder.subtotal_jod) - (familyOrder.subtotal / 100 / rate) * 1000),
    ).toBeLessThan(1)
    // Whatever the rates are by release time, the sale is the amount locked with the order.
    await withDb((db) =>
      db.query("update family_order set subtotal_jod = 77777 where id = $1", [familyOrder.id]),
    )
    await releaseNow(familyOrder.order_id, familyOrder.family_id)
    const rows = (await ledgerOf(familyOrder.family_id)).filter(
      (row) => row.order_id === familyOrder.order_id,
    )
    expect(kinds(rows)).toEqual(["sale 77777", "commission -7778"])
  })

  it("skips a cancelled family order", async () => {
    const family = await sellingFamily("ledger-cancelled", 15_000)
    const familyOrder = await deliveredFamilyOrder(family)
    await withDb((db) =>
      db.query("update family_order set status = 'canceled' where id = $1", [familyOrder.id]),
    )
    const result = await releaseNow(familyOrder.order_id, family.familyId)
    expect(result).toMatchObject({ released: false })
    expect(await ledgerOf(family.familyId)).toEqual([])
  })
})

describe("refunds of a family's share", () => {
  it("before release: refunded through Stripe, and the release nets it", async () => {
    const family = await sellingFamily("refund-before", 20_000)
    const familyOrder = await deliveredFamilyOrder(family)
    const response = await refund(familyOrder.id, { amount: 5_000, reason: "One jar arrived broken" })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.ledger).toBe("awaiting_release")
    const refundId = (response.body.refund as { id: string }).id
    const payment = await paymentOfOrder(familyOrder.order_id)
    expect(payment?.refunds.map((row) => Number(row.amount))).toEqual([5])
    expect(await ledgerOf(family.familyId)).toEqual([])

    await releaseNow(familyOrder.order_id, family.familyId)
    const rows = await ledgerOf(family.familyId)
    expect(kinds(rows)).toEqual(["sale 20000", "commission -2000", "refund -5000", "commission 500"])
    expect(rows.filter((row) => row.reference === refundId)).toHaveLength(2)
    expect(await balanceOf(family.familyId)).toBe(13_500)
  })

  it("after release: a refund entry; never more than is left", async () => {
    const family = await sellingFamily("refund-after", 20_000)
    const familyOrder = await deliveredFamilyOrder(family)
    await releaseNow(familyOrder.order_id, family.familyId)
    const response = await refund(familyOrder.id, { amount: 5_000, reason: "Colour not as pictured" })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.ledger).toBe("refund")
    expect(await balanceOf(family.familyId)).toBe(13_500)

    const tooMuch = await refund(familyOrder.id, { amount: 15_001, reason: "Too much" })
    expect(tooMuch.status).toBe(400)
    expect(String(tooMuch.body.message)).toMatch(/amount: at most 15000/)
    const rest = await refund(familyOrder.id, { amount: 15_000, reason: "The rest" })
    expect(rest.status, JSON.stringify(rest.body)).toBe(201)
    // The whole share refunded: the whole commission comes back too, so the family is at zero.
    expect(await balanceOf(family.familyId)).toBe(0)
    expect((await refund(familyOrder.id, { amount: 1, reason: "Nothing left" })).status).toBe(400)
  })

  it("after a payout: a clawback that the next payout deducts", async () => {
    const family = await sellingFamily("refund-clawback", 20_000)
    await setBankAccount(family)
    const first = await deliveredFamilyOrder(family)
    await releaseNow(first.order_id, family.familyId)
    await runPayouts(10_000)
    const [payout] = await withDb(
      async (db) => (await db.query("select * from payout where family_id = $1", [family.familyId])).rows,
    )
    expect(payout).toMatchObject({ amount: 18_000, status: "pending", rail: "bank_cliq" })
    expect(await balanceOf(family.familyId)).toBe(0)

    const response = await refund(first.id, { amount: 5_000, reason: "Returned by the buyer" })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.ledger).toBe("clawback")
    expect(await balanceOf(family.familyId)).toBe(-4_500)

    // The first payout is paid by the bank; a new sale comes in; the next run pays it less the clawback.
    const approved = await api(`/admin/payout-batches/${payout.batch_id}/approve`, {
      method: "POST",
      headers: asAdmin(),
      body: {},
    })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    const paid = await api(`/admin/payout-batches/${payout.batch_id}/mark-paid`, {
      method: "POST",
      headers: await finance(),
      body: { bank_reference: "JOBANK-CLAW-1" },
    })
    expect(paid.status, JSON.stringify(paid.body)).toBe(200)
    const second = await deliveredFamilyOrder(family)
    await releaseNow(second.order_id, family.familyId)
    await runPayouts(10_000)
    const payouts = (
      await withDb(
        async (db) =>
          (
            await db.query("select amount, status from payout where family_id = $1 order by created_at", [
              family.familyId,
            ])
          ).rows,
      )
    ).map((row) => `${row.status} ${row.amount}`)
    expect(payouts).toEqual(["paid 18000", "pending 13500"])
    expect(await balanceOf(family.familyId)).toBe(0)
  })

  it("refuses bad input with a 400 naming the field, an unknown order with 404, other roles with 403", async () => {
    const family = await sellingFamily("refund-input", 10_000)
    const familyOrder = await deliveredFamilyOrder(family)
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ amount: -5, reason: "Broken" }, /amount/],
      [{ amount: 0, reason: "Broken" }, /amount/],
      [{ amount: 10.5, reason: "Broken" }, /amount/],
      [{ amount: 100 }, /reason/],
      [{ amount: 100, reason: "  " }, /reason/],
      [{ amount: 100, reason: "Broken", family_id: "x" }, /family_id/],
    ]
    for (const [body, field] of cases) {
      const response = await refund(familyOrder.id, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(String(response.body.message), JSON.stringify(body)).toMatch(field)
    }
    expect((await refund("ford_unknown", { amount: 100, reason: "Broken" })).status).toBe(404)
    for (const role of ["hub", "reviewer"] as const) {
      const response = await refund(
        familyOrder.id,
        { amount: 100, reason: "Broken" },
        bearer(await staffToken(role)),
      )
      expect(response.status, role).toBe(403)
    }
    expect((await paymentOfOrder(familyOrder.order_id))?.refunds).toHaveLength(0)
  })
})
