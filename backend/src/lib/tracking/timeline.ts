import { type MessageKey, renderBilingual } from "@usra/i18n"
import type { TrackingEntry, TrackingEntryType } from "@usra/types"

type When = Date | string
type FamilyName = { name_ar: string; name_en: string }

export type TimelineInput = {
  order: { created_at: When }
  consignments: {
    status: string
    received_at: When | null
    cancelled_at: When | null
    rejected_at: When | null
    family: FamilyName | null
  }[]
  shipment: { carrier: string; tracking_number: string | null; shipped_at: When | null } | null
  events: {
    status: "in_transit" | "delivered" | "returned"
    description: string
    location: string | null
    occurred_at: When
  }[]
}

function entry(
  type: TrackingEntryType,
  at: When,
  extra: Partial<Omit<TrackingEntry, "type" | "at" | "title">> = {},
): TrackingEntry {
  const family = extra.family ?? null
  const title = renderBilingual(`tracking.${type}` as MessageKey, {
    family: family ? { ar: family.name_ar, en: family.name_en } : { ar: "أسرة", en: "A family" },
    carrier: extra.carrier ?? "",
  })
  return {
    type,
    at: new Date(at).toISOString(),
    title,
    family,
    carrier: extra.carrier ?? null,
    tracking_number: extra.tracking_number ?? null,
    description: extra.description ?? null,
    location: extra.location ?? null,
  }
}

/**
 * A buyer's view of the way an order travels: placed, each family's items at the hub (or cancelled), shipped, each
 * carrier update, delivered. Oldest first; family names only, never a person's data or a rejection's reason.
 */
export function buildTrackingTimeline(input: TimelineInput): TrackingEntry[] {
  const entries: TrackingEntry[] = [entry("order_placed", input.order.created_at)]
  for (const consignment of input.consignments) {
    const family = consignment.family
      ? { name_ar: consignment.family.name_ar, name_en: consignment.family.name_en }
      : null
    if (consignment.status === "received" && consignment.received_at) {
      entries.push(entry("consignment_received", consignment.received_at, { family }))
    }
    const endedAt = consignment.cancelled_at ?? consignment.rejected_at
    if ((consignment.status === "cancelled" || consignment.status === "rejected") && endedAt) {
      entries.push(entry("consignment_cancelled", endedAt, { family }))
    }
  }
  const shipment = input.shipment
  if (shipment?.shipped_at) {
    entries.push(
      entry("shipped", shipment.shipped_at, {
        carrier: shipment.carrier,
        tracking_number: shipment.tracking_number,
      }),
    )
  }
  for (const event of input.events) {
    entries.push(
      entry(event.status, event.occurred_at, { description: event.description, location: event.location }),
    )
  }
  // A stable sort keeps "placed" first and same-time entries in the order they happened in the code above.
  return entries
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.at.localeCompare(b.item.at) || a.index - b.index)
    .map(({ item }) => item)
}
