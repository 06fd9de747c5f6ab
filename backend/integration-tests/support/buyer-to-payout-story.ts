import { beforeAll, expect, it } from "vitest"
import { bearer, staffToken } from "./actors"
import { consignmentsOf, openedConsignments, promoteAndWait } from "./consignments"
import { api, asAdmin, withDb } from "./context"
import { markReady, receiveAll, returnWindowPasses, shipAndDeliver } from "./lifecycle"
import {
  balanceOf,
  deliveredFamilyOrder,
  familyOrderOf,
  finance,
  ledgerOf,
  paidOrderOf,
  payoutsOf,
  releaseNow,
  runPayouts,
  type SellingFamily,
  sellingFamily,
  setBankAccount,
} from "./payouts"
import { stripeClient } from "./stripe"

const PRICE = { a: 30_000, b: 20_000, late: 15_000 }
const kinds = (rows: { kind: string; amount: number }[]) => rows.map((row) => `${row.kind} ${row.amount}`)

/**
 * The product's whole promise in one story, every step through the real server, queue and Stripe emulator:
 * a buyer pays once for three families' goods; two families drop off, one never does and its share is refunded;
 * the parcel ships and arrives; the return window passes; the run pays the families through a CliQ batch that
 * finance approves and marks paid; a refund after the payout is clawed back from the next one.
 */
export function buyerToPayoutStory() {
  let a: SellingFamily
  let b: SellingFamily
  let late: SellingFamily
  let hub: Record<string, string>
  let order: { id: string; display_id: number }
  let firstRunId: string

  beforeAll(async () => {
    ;[a, b, late] = await Promise.all([
      sellingFamily("life-a", PRICE.a),
      sellingFamily("life-b", PRICE.b),
      sellingFamily("life-late", PRICE.late),
    ])
    await setBankAccount(a)
    await setBankAccount(b, { cliq_alias: "0791234567" })
    hub = bearer(await staffToken("hub"))
  })

  it("splits the paid order into a consignment per family", async () => {
    const placed = await paidOrderOf([a.product.handle, b.product.handle, late.product.handle], a.familyId)
    order = placed.order
    const rows = await openedConsignments(order.id, 3)
    expect(rows.map((row) => row.family_id).sort()).toEqual([a.familyId, b.familyId, late.familyId].sort())
  })

  it("cancels and refunds the consignment that never reaches the hub", async () => {
    await markReady(a.token, order.id, a.familyId)
    await markReady(b.token, order.id, b.familyId)
    const lateRow = (await consignmentsOf(order.id)).find((row) => row.family_id === late.familyId)
    expect(await promoteAndWait(`dropoff-reminder-${lateRow?.id}`)).toEqual({ reminded: true })
    expect(await promoteAndWait(`dropoff-escalation-${lateRow?.id}`)).toEqual({ escalated: true })
    expect(await promoteAndWait(`dropoff-cancel-${lateRow?.id}`)).toEqual({ cancelled: true })
    const cancelled = (await consignmentsOf(order.id)).find((row) => row.family_id === late.familyId)
    expect(cancelled?.status).toBe("cancelled")
    // The buyer's card gets the late family's share back: 15 JOD (in fils), a partial refund of the one payment.
    const refunds = (await stripeClient().refunds.list({ payment_intent: await intentOf(order.id) })).data
    expect(refunds.map((refund) => [refund.amount, refund.status])).toEqual([[PRICE.late, "succeeded"]])
  })

  it("ships what arrived, delivers it, and releases each family's money after the return window", async () => {
    const received = (await consignmentsOf(order.id)).filter((row) => row.status === "ready")
    const shipment = await receiveAll(
      hub,
      received.map((row) => row.id),
      order.id,
    )
    await shipAndDeliver(hub, shipment.id, `LIFE${Date.now()}`)
    await returnWindowPasses(order.id, [a.familyId, b.familyId])

    expect(kinds(await ledgerOf(a.familyId))).toEqual(["sale 30000", "commission -3000"])
    expect(kinds(await ledgerOf(b.familyId))).toEqual(["sale 20000", "commission -2000"])
    // The family that never delivered earns nothing, and no release was ever scheduled for it.
    expect(await ledgerOf(late.familyId)).toEqual([])
  })

  it("pays both families in one CliQ batch that another finance user approves, then marks it paid", async () => {
    const run = await runPayouts(10_000)
    firstRunId = run.id
    const [payoutA] = await payoutsOf(a.familyId)
    const [payoutB] = await payoutsOf(b.familyId)
    expect(payoutA).toMatchObject({ run_id: run.id, amount: 27_000, rail: "bank_cliq", status: "pending" })
    expect(payoutB).toMatchObject({ run_id: run.id, amount: 18_000, batch_id: payoutA?.batch_id })
    expect(await balanceOf(a.familyId)).toBe(0)

    const batch = payoutA?.batch_id as string
    const approved = await api(`/admin/payout-batches/${batch}/approve`, {
      method: "POST",
      headers: asAdmin(),
      body: {},
    })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    const file = await api(`/admin/payout-batches/${batch}/file`, { headers: await finance() })
    expect(file.status).toBe(200)
    expect(String(file.body.text)).toContain(`,27.000,JOD,${payoutA?.id}`)
    expect(String(file.body.text)).toContain(`CLIQ,962791234567,`)
    const paid = await api(`/admin/payout-batches/${batch}/mark-paid`, {
      method: "POST",
      headers: await finance(),
      body: { bank_reference: `LIFE-${Date.now()}` },
    })
    expect(paid.status, JSON.stringify(paid.body)).toBe(200)
    expect((await payoutsOf(a.familyId))[0]?.status).toBe("paid")
    expect((await payoutsOf(b.familyId))[0]?.status).toBe("paid")
  })

  it("claws a refund after the payout back from the family's next payout", async () => {
    const childOrder = await api(
      `/admin/family-orders/${await familyOrderIdOf(order.id, a.familyId)}/refunds`,
      {
        method: "POST",
        headers: await finance(),
        body: { amount: 10_000, reason: "One cushion arrived torn" },
      },
    )
    expect(childOrder.status, JSON.stringify(childOrder.body)).toBe(201)
    expect(childOrder.body.ledger).toBe("clawback")
    // 10 JOD back to the buyer, and 10% of it back to the family as commission: the family owes 9 JOD.
    expect(await balanceOf(a.familyId)).toBe(-9_000)

    const next = await deliveredFamilyOrder(a)
    await releaseNow(next.order_id, a.familyId)
    expect(await balanceOf(a.familyId)).toBe(27_000 - 9_000)
    const run = await runPayouts(10_000)
    expect(run.id).not.toBe(firstRunId)
    const payouts = await payoutsOf(a.familyId)
    expect(payouts.map((payout) => payout.amount)).toEqual([27_000, 18_000])
    expect(await balanceOf(a.familyId)).toBe(0)
  })
}

async function familyOrderIdOf(orderId: string, familyId: string) {
  return (await familyOrderOf(orderId, familyId))?.id as string
}

/** The Stripe PaymentIntent that paid the order. */
const intentOf = (orderId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      `select ps.data->>'id' as intent from order_payment_collection opc
         join payment_session ps on ps.payment_collection_id = opc.payment_collection_id and ps.deleted_at is null
        where opc.order_id = $1 and opc.deleted_at is null`,
      [orderId],
    )
    return rows[0]?.intent as string
  })
