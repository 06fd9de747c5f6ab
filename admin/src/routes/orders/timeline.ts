import type { AdminOrderOverview } from "@usra/types"

export type TimelineEntry =
  | { at: string; kind: "placed" }
  | {
      at: string
      kind: "received" | "rejected" | "cancelled"
      family: { name_ar: string; name_en: string } | null
      reason?: string | null
    }
  | { at: string; kind: "shipped"; carrier: string; tracking: string | null }
  | { at: string; kind: "event"; status: string; description: string; location: string | null }

/** The order's journey, oldest first: placed, each family's items at the hub, shipped, each tracking update. */
export function orderTimeline(overview: AdminOrderOverview): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ at: overview.order.created_at, kind: "placed" }]
  for (const consignment of overview.consignments) {
    const family = consignment.family
      ? { name_ar: consignment.family.name_ar, name_en: consignment.family.name_en }
      : null
    if (consignment.received_at) entries.push({ at: consignment.received_at, kind: "received", family })
    if (consignment.rejected_at)
      entries.push({
        at: consignment.rejected_at,
        kind: "rejected",
        family,
        reason: consignment.rejection_reason,
      })
    if (consignment.cancelled_at)
      entries.push({
        at: consignment.cancelled_at,
        kind: "cancelled",
        family,
        reason: consignment.cancellation_reason,
      })
  }
  const shipment = overview.shipment
  if (shipment?.shipped_at) {
    entries.push({
      at: shipment.shipped_at,
      kind: "shipped",
      carrier: shipment.carrier,
      tracking: shipment.tracking_number,
    })
  }
  for (const event of shipment?.events ?? []) {
    entries.push({
      at: event.occurred_at,
      kind: "event",
      status: event.status,
      description: event.description,
      location: event.location,
    })
  }
  return entries.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
}
