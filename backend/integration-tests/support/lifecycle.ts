import { expect } from "vitest"
import { bearer } from "./actors"
import { consignmentsOf, promoteAndWait, shipmentOf } from "./consignments"
import { api } from "./context"
import { waitFor } from "./wait-for"

/** Hub staff receive each consignment; resolves with the shipment that follows the last one. */
export async function receiveAll(hub: Record<string, string>, consignmentIds: string[], orderId: string) {
  for (const id of consignmentIds) {
    const received = await api(`/admin/consignments/${id}/receive`, {
      method: "POST",
      headers: hub,
      body: {},
    })
    expect(received.status, JSON.stringify(received.body)).toBe(200)
  }
  return waitFor(
    async () => {
      const shipment = await shipmentOf(orderId)
      return shipment?.fulfillment_id ? shipment : undefined
    },
    { what: `the shipment of ${orderId}` },
  )
}

/** Dispatch with a typed tracking number, then in transit and delivered, as hub staff record them. */
export async function shipAndDeliver(hub: Record<string, string>, shipmentId: string, tracking: string) {
  const sent = await api(`/admin/shipments/${shipmentId}/dispatch`, {
    method: "POST",
    headers: hub,
    body: { carrier: "aramex", tracking_number: tracking },
  })
  expect(sent.status, JSON.stringify(sent.body)).toBe(200)
  for (const status of ["in_transit", "delivered"]) {
    const event = await api(`/admin/shipments/${shipmentId}/events`, {
      method: "POST",
      headers: hub,
      body: { status, description: `Parcel ${status}`, occurred_at: new Date().toISOString() },
    })
    expect(event.status, JSON.stringify(event.body)).toBe(201)
  }
}

/** The family marks its consignment of the order ready for drop-off. */
export async function markReady(sellerToken: string, orderId: string, familyId: string) {
  const row = (await consignmentsOf(orderId)).find((consignment) => consignment.family_id === familyId)
  const ready = await api(`/seller/consignments/${row?.id}/ready`, {
    method: "POST",
    headers: bearer(sellerToken),
  })
  expect(ready.status, JSON.stringify(ready.body)).toBe(200)
  return row?.id as string
}

/** The return window passes: the delayed release job of each family runs now. */
export async function returnWindowPasses(orderId: string, familyIds: string[]) {
  for (const familyId of familyIds) {
    await promoteAndWait(`release-funds-${orderId}-${familyId}`, "payouts")
  }
}
