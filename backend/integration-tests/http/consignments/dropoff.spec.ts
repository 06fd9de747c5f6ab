import { beforeAll, describe, expect, it } from "vitest"
import { bearer, login, staffToken } from "../../support/actors"
import { DEMO_FAMILY } from "../../support/checkout"
import {
  type ConsignmentRow,
  cardOrderOfFamilies,
  consignmentById,
  familyOrderStatus,
  openedConsignments,
  outboxRows,
  promoteAndWait,
  shipmentOf,
} from "../../support/consignments"
import { api, asAdmin, withDb } from "../../support/context"
import { stripeClient } from "../../support/stripe"
import { waitFor } from "../../support/wait-for"

const cents = (major: number) => Math.round(major * 100)

/** What Medusa says a line of the order costs the buyer, in major units. */
async function lineTotal(orderId: string, lineItemId: string): Promise<number> {
  const response = await api(`/admin/orders/${orderId}?fields=id,total,items.id,items.total`, {
    headers: asAdmin(),
  })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  const items = (response.body.order as { items: { id: string; total: number }[] }).items
  return Number(items.find((item) => item.id === lineItemId)?.total)
}

const reservationsOf = (lineItemId: string) =>
  withDb(
    async (db) =>
      (
        await db.query(
          "select count(*)::int as n from reservation_item where line_item_id = $1 and deleted_at is null",
          [lineItemId],
        )
      ).rows[0].n as number,
  )

/**
 * Whether the line's stock reservation went with its shipment: released no earlier than the fulfillment that
 * shipped it was made (Medusa's fulfilment makes the fulfillment, then consumes the reservation).
 */
const reservationShippedWith = (lineItemId: string, fulfillmentId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      `select r.deleted_at is not null and r.deleted_at >= f.created_at as shipped
         from reservation_item r, fulfillment f
        where r.line_item_id = $1 and f.id = $2`,
      [lineItemId, fulfillmentId],
    )
    return rows.length === 1 && rows[0].shipped === true
  })

const stripeRefunds = async (intentId: string) =>
  (await stripeClient().refunds.list({ payment_intent: intentId })).data

describe("a consignment that does not reach the hub in time", () => {
  let hub: string

  beforeAll(async () => {
    hub = await staffToken("hub")
  })

  it("reminds the family, tells the ministry, then refunds its items; the rest of the order ships", async () => {
    const { order, intentId, email } = await cardOrderOfFamilies(2)
    const [first, second] = await openedConsignments(order.id, 2)
    const onTime = first as ConsignmentRow
    const late = second as ConsignmentRow
    const received = await api(`/admin/consignments/${onTime.id}/receive`, {
      method: "POST",
      headers: bearer(hub),
    })
    expect(received.status, JSON.stringify(received.body)).toBe(200)

    // The test is the clock: promoting a delayed job runs it now. Each handler looks at the consignment first.
    expect(await promoteAndWait(`dropoff-reminder-${late.id}`)).toEqual({ reminded: true })
    expect((await consignmentById(late.id)).reminder_sent_at).not.toBeNull()
    const reminded = await waitFor(
      async () => {
        const rows = await outboxRows("consignment_reminder", "code", late.code)
        return rows.length ? rows : undefined
      },
      { what: "the reminder" },
    )
    expect(reminded[0]?.body_en).toContain(late.hub)
    expect(await promoteAndWait(`dropoff-reminder-${onTime.id}`)).toEqual({
      skipped: "the consignment is received",
    })
    expect((await consignmentById(onTime.id)).reminder_sent_at).toBeNull()

    expect(await promoteAndWait(`dropoff-escalation-${late.id}`)).toEqual({ escalated: true })
    const escalated = await waitFor(
      async () => {
        const rows = await outboxRows("consignment_overdue", "code", late.code)
        return rows.some((row) => row.recipient === "hub@usra.jo") ? rows : undefined
      },
      { what: "the escalation" },
    )
    expect(escalated.map((row) => row.recipient)).toContain("hub@usra.jo")
    expect(escalated.map((row) => row.recipient)).not.toContain("finance@usra.jo")

    const line = late.items[0]?.line_item_id as string
    const expected = cents(await lineTotal(order.id, line))
    const onTimeLine = onTime.items[0]?.line_item_id as string
    expect(await reservationsOf(line)).toBe(1)
    expect(await reservationsOf(onTimeLine)).toBe(1)
    expect(await promoteAndWait(`dropoff-cancel-${late.id}`)).toEqual({ cancelled: true })
    const cancelled = await consignmentById(late.id)
    expect(cancelled).toMatchObject({ status: "cancelled", refund_id: expect.any(String) })

    const refunds = await stripeRefunds(intentId)
    expect(refunds.map((refund) => refund.amount)).toEqual([expected])
    expect(refunds[0]?.status).toBe("succeeded")
    expect(await reservationsOf(line)).toBe(0)
    expect(await familyOrderStatus(late.family_order_id)).toBe("canceled")
    expect(await familyOrderStatus(onTime.family_order_id)).toBe("delivered_to_hub")

    const told = await waitFor(
      async () => {
        const buyer = await outboxRows("order_items_refunded", "order", `#${order.display_id}`)
        const family = await outboxRows("consignment_cancelled", "code", late.code)
        return buyer.length && family.length ? { buyer, family } : undefined
      },
      { what: "the buyer's and the family's messages" },
    )
    expect(told.buyer.map((row) => row.recipient)).toEqual([email])
    expect(told.buyer[0]?.body_en).toContain(late.items[0]?.title)

    // Everything still going to the buyer is at the hub: the shipment is made without the cancelled items.
    const fulfillmentId = await waitFor(
      async () => (await shipmentOf(order.id))?.fulfillment_id ?? undefined,
      { what: "the shipment of what is left" },
    )
    const shipped = await withDb(
      async (db) =>
        (
          await db.query("select line_item_id from fulfillment_item where fulfillment_id = $1", [
            fulfillmentId,
          ])
        ).rows,
    )
    expect(shipped.map((row) => row.line_item_id)).toEqual([onTimeLine])
    // The cancellation released the late line's stock alone: the on-time line kept its reservation until the
    // shipment took it (the shipment job may run as soon as the cancellation ends, so only the order is certain).
    expect(await reservationShippedWith(onTimeLine, fulfillmentId)).toBe(true)

    // Late jobs of consignments that are no longer waiting do nothing, and refund nothing twice.
    expect(await promoteAndWait(`dropoff-cancel-${onTime.id}`)).toEqual({
      skipped: "the consignment is received",
    })
    expect(await stripeRefunds(intentId)).toHaveLength(1)
  })

  it("cancels and refunds the whole order, shipping included, when nothing of it reaches the hub", async () => {
    const { order, intentId, payment } = await cardOrderOfFamilies(1)
    const [only] = await openedConsignments(order.id, 1)
    expect(await promoteAndWait(`dropoff-cancel-${only?.id}`)).toEqual({ cancelled: true })
    const status = await withDb(
      async (db) => (await db.query('select status from "order" where id = $1', [order.id])).rows[0].status,
    )
    expect(status).toBe("canceled")
    const refunded = (await stripeRefunds(intentId)).reduce((sum, refund) => sum + refund.amount, 0)
    expect(refunded).toBe(cents(Number(payment.amount)))
    expect(await reservationsOf(only?.items[0]?.line_item_id as string)).toBe(0)
    const told = await waitFor(
      async () => {
        const rows = await outboxRows("order_canceled", "order", `#${order.display_id}`)
        return rows.length ? rows : undefined
      },
      { what: "the buyer's cancellation notice" },
    )
    expect(told).toHaveLength(1)
    expect(await shipmentOf(order.id)).toBeUndefined()
  })
})

describe("a consignment the hub rejects", () => {
  it("needs a reason, and refunds its items like a cancelled one", async () => {
    const hub = await staffToken("hub")
    const { order, intentId } = await cardOrderOfFamilies(2)
    const [first, second] = await openedConsignments(order.id, 2)
    const refused = first as ConsignmentRow
    const reject = (body?: Record<string, unknown>) =>
      api(`/admin/consignments/${refused.id}/reject`, { method: "POST", headers: bearer(hub), body })

    const noReason = await reject({})
    expect(noReason.status).toBe(400)
    expect(String(noReason.body.message)).toMatch(/reason/)
    const blank = await reject({ reason: "  " })
    expect(blank.status).toBe(400)
    expect(String(blank.body.message)).toMatch(/reason/)
    expect((await reject({ reason: "Broken jars", extra: true })).status).toBe(400)

    const expected = cents(await lineTotal(order.id, refused.items[0]?.line_item_id as string))
    const rejected = await reject({ reason: "Two jars arrived broken" })
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200)
    expect(rejected.body.consignment).toMatchObject({
      status: "rejected",
      rejection_reason: "Two jars arrived broken",
    })
    expect((await stripeRefunds(intentId)).map((refund) => refund.amount)).toEqual([expected])
    expect(await familyOrderStatus(refused.family_order_id)).toBe("canceled")
    const family = await waitFor(
      async () => {
        const rows = await outboxRows("consignment_cancelled", "code", refused.code)
        return rows.length ? rows : undefined
      },
      { what: "the family's message" },
    )
    expect(family[0]?.body_en).toContain("Two jars arrived broken")

    expect((await reject({ reason: "Again" })).status).toBe(409)
    const receive = await api(`/admin/consignments/${refused.id}/receive`, {
      method: "POST",
      headers: bearer(hub),
    })
    expect(receive.status).toBe(409)
    // The other family's consignment goes on as before.
    expect((await consignmentById((second as ConsignmentRow).id)).status).toBe("awaiting_dropoff")
  })
})

describe("the hub's routes", () => {
  let consignmentId: string
  let shipmentId: string | undefined

  beforeAll(async () => {
    const row = await withDb(
      async (db) => (await db.query("select id from consignment where deleted_at is null limit 1")).rows[0],
    )
    consignmentId = row?.id ?? "cons_missing"
    shipmentId = (
      await withDb(
        async (db) => (await db.query("select id from shipment where deleted_at is null limit 1")).rows[0],
      )
    )?.id
  })

  it("are for hub staff and super admins only", async () => {
    const super_ = asAdmin()
    expect((await api("/admin/consignments", { headers: super_ })).status).toBe(200)
    for (const role of ["finance", "reviewer"] as const) {
      const headers = bearer(await staffToken(role))
      const calls = [
        api("/admin/consignments", { headers }),
        api(`/admin/consignments/${consignmentId}`, { headers }),
        api(`/admin/consignments/${consignmentId}/receive`, { method: "POST", headers, body: {} }),
        api(`/admin/consignments/${consignmentId}/reject`, {
          method: "POST",
          headers,
          body: { reason: "No way" },
        }),
        api("/admin/shipments", { headers }),
        api(`/admin/shipments/${shipmentId ?? "shp_missing"}/dispatch`, {
          method: "POST",
          headers,
          body: { carrier: "aramex", tracking_number: "AX12345" },
        }),
      ]
      for (const response of await Promise.all(calls)) {
        expect(response.status, `${role}: ${JSON.stringify(response.body)}`).toBe(403)
      }
    }
    const family = await login("seller", DEMO_FAMILY.email, DEMO_FAMILY.password)
    expect((await api("/admin/consignments", { headers: bearer(family) })).status).toBe(401)
    expect((await api("/admin/consignments")).status).toBe(401)
  })

  it("answer bad input with 400 and unknown ids with 404", async () => {
    const headers = bearer(await staffToken("hub"))
    const bad = async (path: string, field: string) => {
      const response = await api(path, { headers })
      expect(response.status, path).toBe(400)
      expect(String(response.body.message), path).toMatch(field)
    }
    await bad("/admin/consignments?status=lost", "status")
    await bad("/admin/consignments?code=0OIL1234", "code")
    await bad("/admin/consignments?code=ABC", "code")
    await bad("/admin/consignments?limit=1000", "limit")
    await bad("/admin/shipments?status=sunk", "status")
    expect((await api("/admin/consignments/cons_missing", { headers })).status).toBe(404)
    expect(
      (await api("/admin/consignments/cons_missing/receive", { method: "POST", headers, body: {} })).status,
    ).toBe(404)
    expect(
      (
        await api("/admin/consignments/cons_missing/reject", {
          method: "POST",
          headers,
          body: { reason: "Broken" },
        })
      ).status,
    ).toBe(404)
    expect((await api("/admin/shipments/shp_missing", { headers })).status).toBe(404)
    expect(
      (
        await api("/admin/shipments/shp_missing/dispatch", {
          method: "POST",
          headers,
          body: { carrier: "aramex", tracking_number: "AX12345" },
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await api("/admin/shipments/shp_missing/events", {
          method: "POST",
          headers,
          body: { status: "in_transit", description: "Moving", occurred_at: new Date().toISOString() },
        })
      ).status,
    ).toBe(404)
    const unknownField = await api(`/admin/consignments/${consignmentId}/receive`, {
      method: "POST",
      headers,
      body: { items: "all" },
    })
    expect(unknownField.status).toBe(400)
  })
})
