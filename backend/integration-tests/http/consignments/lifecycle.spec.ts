import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { bearer, login, registerFamily, type Seller, staffToken } from "../../support/actors"
import { DEMO_FAMILY } from "../../support/checkout"
import {
  buyer,
  type ConsignmentRow,
  cardOrderOfFamilies,
  consignmentById,
  familyOrderStatus,
  openedConsignments,
  outboxRows,
  postCarrierEvent,
  queuedJob,
  returnWindowMs,
  shipmentOf,
} from "../../support/consignments"
import { api, withDb, withPublishableKey } from "../../support/context"
import { waitFor } from "../../support/wait-for"

const CODE = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/
const TRACKING = `AX${Date.now()}JO`

/** One order walked from payment to delivery; each test picks up where the one before left it. */
describe("a card order from two families, from the families' homes to the buyer's door", () => {
  let hub: string
  let familyA: string
  let familyB: Seller
  let customer: { email: string; token: string }
  let order: { id: string; display_id: number }
  let mine: ConsignmentRow
  let other: ConsignmentRow
  let shipmentId: string
  let fulfillmentId: string

  const asHub = () => bearer(hub)

  beforeAll(async () => {
    hub = await staffToken("hub")
    familyA = await login("seller", DEMO_FAMILY.email, DEMO_FAMILY.password)
    familyB = await registerFamily("consignment-outsider")
    customer = await buyer("tracking")
  })

  it("opens one consignment per family and tells each family its code, items, hub and deadline", async () => {
    const placed = await cardOrderOfFamilies(2, customer)
    order = placed.order
    const rows = await openedConsignments(order.id, 2)
    const demoFamilyId = placed.products[0]?.family_id
    mine = rows.find((row) => row.family_id === demoFamilyId) as ConsignmentRow
    other = rows.find((row) => row.family_id !== demoFamilyId) as ConsignmentRow
    expect(mine && other).toBeTruthy()

    const facts = await withDb(async (db) => {
      const { rows: families } = await db.query(
        "select id, community_centre from family where id = any($1)",
        [rows.map((row) => row.family_id)],
      )
      const { rows: orders } = await db.query('select created_at from "order" where id = $1', [order.id])
      return {
        centres: new Map(families.map((f) => [f.id, f.community_centre])),
        placedAt: orders[0].created_at,
      }
    })
    for (const row of rows) {
      expect(row.code).toMatch(CODE)
      expect(row.status).toBe("awaiting_dropoff")
      expect(row.hub).toBe(facts.centres.get(row.family_id))
      expect(row.items).toHaveLength(1)
      const days =
        (new Date(row.dropoff_deadline).getTime() - new Date(facts.placedAt).getTime()) / 86_400_000
      expect(Number.isInteger(days), `deadline ${days} days after the order`).toBe(true)
      expect(days).toBeGreaterThanOrEqual(1)
      // Its reminder, escalation and cancellation wait in the queue, the escalation exactly until the deadline.
      for (const kind of ["dropoff-reminder", "dropoff-escalation", "dropoff-cancel"]) {
        expect((await queuedJob("fulfilment", `${kind}-${row.id}`))?.state, kind).toBe("delayed")
      }
      const escalation = (await queuedJob("fulfilment", `dropoff-escalation-${row.id}`))?.job
      const due = (escalation?.timestamp ?? 0) + (escalation?.opts.delay ?? 0)
      expect(Math.abs(due - new Date(row.dropoff_deadline).getTime())).toBeLessThan(5_000)
    }

    // Each family was told, by email through SMTP, in Arabic and English.
    const told = await waitFor(
      async () => {
        const sent = await outboxRows("consignment_opened", "code", mine.code)
        const demo = sent.find((row) => row.recipient === DEMO_FAMILY.email)
        return demo?.status === "sent" ? sent : undefined
      },
      { what: "the demo family's consignment notice" },
    )
    const demo = told.find((row) => row.recipient === DEMO_FAMILY.email)
    expect(demo?.transport).toBe("smtp")
    expect(demo?.body_en).toContain(mine.hub)
    expect(demo?.body_en).toContain(mine.items[0]?.title)
    expect(demo?.body_ar).toContain(mine.code)
    await waitFor(
      () => {
        const dir = inject("smtpControlDir")
        return readdirSync(dir)
          .filter((name) => name.startsWith("mail-"))
          .map((name) => readFileSync(path.join(dir, name), "utf8"))
          .find((text) => text.includes(mine.code) && text.includes(DEMO_FAMILY.email))
      },
      { what: "the notice in the SMTP sink" },
    )
    expect((await outboxRows("consignment_opened", "code", other.code)).length).toBeGreaterThan(0)
  })

  it("shows each family its own consignments and nothing of anyone else's", async () => {
    const list = await api("/seller/consignments", { headers: bearer(familyA) })
    expect(list.status).toBe(200)
    const ids = (list.body.consignments as { id: string }[]).map((row) => row.id)
    expect(ids).toContain(mine.id)
    expect(ids).not.toContain(other.id)
    expect(JSON.stringify(list.body)).not.toContain(customer.email)
    expect((await api(`/seller/consignments/${other.id}`, { headers: bearer(familyA) })).status).toBe(404)
    const own = await api(`/seller/consignments/${mine.id}`, { headers: bearer(familyA) })
    expect(own.status).toBe(200)
    expect(own.body.consignment).toMatchObject({ id: mine.id, code: mine.code, hub: mine.hub })
    expect(own.body.consignment).not.toHaveProperty("received_by")

    // A family with no part in the order sees none of it, and cannot act on it.
    const outsider = await api("/seller/consignments", { headers: bearer(familyB.token) })
    expect(outsider.body).toMatchObject({ consignments: [], count: 0 })
    expect((await api(`/seller/consignments/${mine.id}`, { headers: bearer(familyB.token) })).status).toBe(
      404,
    )
    const stolen = await api(`/seller/consignments/${mine.id}/ready`, {
      method: "POST",
      headers: bearer(familyB.token),
    })
    expect(stolen.status).toBe(404)

    const filtered = await api("/seller/consignments?status=received", { headers: bearer(familyA) })
    expect((filtered.body.consignments as { id: string }[]).map((row) => row.id)).not.toContain(mine.id)
    const badStatus = await api("/seller/consignments?status=lost", { headers: bearer(familyA) })
    expect(badStatus.status).toBe(400)
    expect(String(badStatus.body.message)).toMatch(/status/)
    expect((await api("/seller/consignments?limit=0", { headers: bearer(familyA) })).status).toBe(400)
    expect((await api("/seller/consignments")).status).toBe(401)
  })

  it("lets the family mark its consignment ready, once", async () => {
    const ready = await api(`/seller/consignments/${mine.id}/ready`, {
      method: "POST",
      headers: bearer(familyA),
    })
    expect(ready.status, JSON.stringify(ready.body)).toBe(200)
    expect(ready.body.consignment).toMatchObject({ status: "ready" })
    expect(await familyOrderStatus(mine.family_order_id)).toBe("preparing")
    const again = await api(`/seller/consignments/${mine.id}/ready`, {
      method: "POST",
      headers: bearer(familyA),
    })
    expect(again.status).toBe(409)
    expect(String(again.body.message)).toMatch(/awaiting_dropoff.*this one is ready/)
  })

  it("lets hub staff find a consignment by its code and receive it; the shipment follows the last one", async () => {
    const typed = `${mine.code.slice(0, 4).toLowerCase()}-${mine.code.slice(4)}`
    const found = await api(`/admin/consignments?code=${typed}`, { headers: asHub() })
    expect(found.status).toBe(200)
    expect(found.body.consignments).toMatchObject([{ id: mine.id, family: { id: mine.family_id } }])
    const byHub = await api(`/admin/consignments?hub=${encodeURIComponent(mine.hub)}&status=ready`, {
      headers: asHub(),
    })
    expect((byHub.body.consignments as { id: string }[]).map((row) => row.id)).toContain(mine.id)

    const wrongItems = await api(`/admin/consignments/${mine.id}/receive`, {
      method: "POST",
      headers: asHub(),
      body: { items: ["ordli_not_in_it"] },
    })
    expect(wrongItems.status).toBe(400)
    expect(String(wrongItems.body.message)).toMatch(/^items/)
    const received = await api(`/admin/consignments/${mine.id}/receive`, {
      method: "POST",
      headers: asHub(),
      body: { items: mine.items.map((item) => item.line_item_id) },
    })
    expect(received.status, JSON.stringify(received.body)).toBe(200)
    expect(received.body.consignment).toMatchObject({ status: "received", received_by: expect.any(String) })
    expect(await familyOrderStatus(mine.family_order_id)).toBe("delivered_to_hub")
    expect(await shipmentOf(order.id)).toBeUndefined()

    const last = await api(`/admin/consignments/${other.id}/receive`, {
      method: "POST",
      headers: asHub(),
      body: {},
    })
    expect(last.status, JSON.stringify(last.body)).toBe(200)
    const shipment = await waitFor(
      async () => {
        const row = await shipmentOf(order.id)
        return row?.fulfillment_id ? row : undefined
      },
      { what: "the order's shipment" },
    )
    expect(shipment).toMatchObject({ status: "created", carrier: "manual", tracking_number: null })
    shipmentId = shipment.id
    fulfillmentId = shipment.fulfillment_id as string
    const fulfillment = await withDb(
      async (db) =>
        (await db.query("select provider_id, shipped_at from fulfillment where id = $1", [fulfillmentId]))
          .rows[0],
    )
    expect(fulfillment).toMatchObject({ provider_id: "usra-hub_usra-hub", shipped_at: null })
    expect(
      (await api(`/admin/consignments/${mine.id}/receive`, { method: "POST", headers: asHub() })).status,
    ).toBe(409)

    const listed = await api("/admin/shipments?status=created", { headers: asHub() })
    expect((listed.body.shipments as { id: string }[]).map((row) => row.id)).toContain(shipmentId)
  })

  it("dispatches the parcel with the tracking number hub staff type, and tells the buyer", async () => {
    const dispatch = (body: Record<string, unknown>) =>
      api(`/admin/shipments/${shipmentId}/dispatch`, { method: "POST", headers: asHub(), body })
    const badCarrier = await dispatch({ carrier: "Aramex Express!", tracking_number: TRACKING })
    expect(badCarrier.status).toBe(400)
    expect(String(badCarrier.body.message)).toMatch(/carrier/)
    const badNumber = await dispatch({ carrier: "aramex", tracking_number: "#" })
    expect(badNumber.status).toBe(400)
    expect(String(badNumber.body.message)).toMatch(/tracking_number/)

    const sent = await dispatch({
      carrier: "aramex",
      tracking_number: TRACKING,
      tracking_url: `https://track.example/${TRACKING}`,
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    expect(sent.body.shipment).toMatchObject({
      status: "in_transit",
      carrier: "aramex",
      tracking_number: TRACKING,
    })
    const fulfillment = await withDb(
      async (db) =>
        (await db.query("select shipped_at from fulfillment where id = $1", [fulfillmentId])).rows[0],
    )
    expect(fulfillment.shipped_at).not.toBeNull()
    for (const row of [mine, other]) expect(await familyOrderStatus(row.family_order_id)).toBe("shipped")
    const told = await waitFor(
      async () => {
        const rows = await outboxRows("order_shipped", "tracking", TRACKING)
        return rows.length ? rows : undefined
      },
      { what: "the buyer's shipping notice" },
    )
    expect(told.map((row) => row.recipient)).toEqual([customer.email])
    expect(told[0]?.body_en).toContain(TRACKING)
    expect((await dispatch({ carrier: "aramex", tracking_number: TRACKING })).status).toBe(409)
  })

  it("takes tracking updates from hub staff and from the carrier's signed webhook, each event once", async () => {
    const manual = await api(`/admin/shipments/${shipmentId}/events`, {
      method: "POST",
      headers: asHub(),
      body: {
        status: "in_transit",
        description: "Left the Amman hub",
        location: "Amman",
        occurred_at: new Date().toISOString(),
      },
    })
    expect(manual.status, JSON.stringify(manual.body)).toBe(201)
    const badEvent = (body: Record<string, unknown>) =>
      api(`/admin/shipments/${shipmentId}/events`, { method: "POST", headers: asHub(), body })
    const lost = await badEvent({ status: "lost", description: "x", occurred_at: new Date().toISOString() })
    expect(lost.status).toBe(400)
    expect(String(lost.body.message)).toMatch(/status/)
    const when = await badEvent({ status: "in_transit", description: "x", occurred_at: "yesterday" })
    expect(String(when.body.message)).toMatch(/occurred_at/)
    const future = await badEvent({
      status: "in_transit",
      description: "x",
      occurred_at: new Date(Date.now() + 86_400_000).toISOString(),
    })
    expect(future.status).toBe(400)

    const eventCount = () =>
      withDb(
        async (db) =>
          (
            await db.query("select count(*)::int as n from shipment_event where shipment_id = $1", [
              shipmentId,
            ])
          ).rows[0].n as number,
      )
    expect(await eventCount()).toBe(1)
    const update = {
      id: `evt-${Date.now()}`,
      tracking_number: TRACKING,
      status: "in_transit",
      description: "Arrived at the Leipzig hub",
      location: "Leipzig",
      occurred_at: new Date().toISOString(),
    }
    expect((await postCarrierEvent("aramex", update, { signature: null })).status).toBe(401)
    expect((await postCarrierEvent("aramex", update, { secret: "not-the-carrier-secret" })).status).toBe(401)
    expect(
      (
        await postCarrierEvent("aramex", update, {
          signature: `t=${Math.floor(Date.now() / 1000)},v1=${"0".repeat(64)}`,
        })
      ).status,
    ).toBe(401)
    expect(await eventCount()).toBe(1)
    expect((await postCarrierEvent("aramex", { ...update, tracking_number: "NOPE1234" })).status).toBe(404)
    expect((await postCarrierEvent("dhl", update)).status).toBe(404)
    const garbled = await postCarrierEvent("aramex", { ...update, status: "teleported" })
    expect(garbled.status).toBe(400)

    const first = await postCarrierEvent("aramex", update)
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.events).toMatchObject([{ id: update.id, duplicate: false }])
    const again = await postCarrierEvent("aramex", update)
    expect(again.status).toBe(200)
    expect(again.body.events).toMatchObject([{ id: update.id, duplicate: true }])
    expect(await eventCount()).toBe(2)
  })

  it("on delivery marks everything delivered and schedules each family's funds after the return window", async () => {
    const delivered = {
      id: `evt-delivered-${Date.now()}`,
      tracking_number: TRACKING,
      status: "delivered",
      description: "Delivered to the front door",
      location: "Berlin",
      occurred_at: new Date().toISOString(),
    }
    const response = await postCarrierEvent("aramex", delivered)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(await shipmentOf(order.id)).toMatchObject({ status: "delivered" })
    const fulfillment = await withDb(
      async (db) =>
        (await db.query("select delivered_at from fulfillment where id = $1", [fulfillmentId])).rows[0],
    )
    expect(fulfillment.delivered_at).not.toBeNull()
    for (const row of [mine, other]) {
      expect(await familyOrderStatus(row.family_order_id)).toBe("delivered")
      const release = await queuedJob("payouts", `release-funds-${order.id}-${row.family_id}`)
      expect(release, `release job of ${row.family_id}`).toBeDefined()
      expect(release?.job.opts.delay).toBe(returnWindowMs())
      expect(release?.job.data).toEqual({ order_id: order.id, family_id: row.family_id })
    }
    // The carrier says it again: one event. Hub staff cannot add to a delivered shipment.
    expect((await postCarrierEvent("aramex", delivered)).body.events).toMatchObject([{ duplicate: true }])
    const late = await api(`/admin/shipments/${shipmentId}/events`, {
      method: "POST",
      headers: asHub(),
      body: { status: "in_transit", description: "Again", occurred_at: new Date().toISOString() },
    })
    expect(late.status).toBe(409)
    const detail = await api(`/admin/shipments/${shipmentId}`, { headers: asHub() })
    expect(detail.status).toBe(200)
    expect((detail.body.shipment as { events: unknown[] }).events).toHaveLength(3)
    expect((await consignmentById(mine.id)).status).toBe("received")
  })

  it("shows the buyer a tracking timeline with family names and no one's personal data", async () => {
    const key = withPublishableKey()
    const tracking = await api(`/store/orders/${order.id}/tracking`, {
      headers: { ...key, ...bearer(customer.token) },
    })
    expect(tracking.status, JSON.stringify(tracking.body)).toBe(200)
    const timeline = tracking.body.timeline as { type: string; family: { name_en: string } | null }[]
    expect(timeline.map((entry) => entry.type)).toEqual([
      "order_placed",
      "consignment_received",
      "consignment_received",
      "shipped",
      "in_transit",
      "in_transit",
      "delivered",
    ])
    expect(timeline[1]?.family?.name_en).toBeTruthy()
    expect(tracking.body.shipment).toMatchObject({
      status: "delivered",
      carrier: "aramex",
      tracking_number: TRACKING,
    })
    const text = JSON.stringify(tracking.body)
    for (const secret of [mine.code, other.code, customer.email, DEMO_FAMILY.email, "received_by"]) {
      expect(text).not.toContain(secret)
    }
    expect((await api(`/store/orders/${order.id}/tracking`, { headers: key })).status).toBe(401)
    const stranger = await buyer("stranger")
    const asStranger = await api(`/store/orders/${order.id}/tracking`, {
      headers: { ...key, ...bearer(stranger.token) },
    })
    expect(asStranger.status).toBe(404)
  })
})
