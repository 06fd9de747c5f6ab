import { z } from "zod"
import { IsoDateTime } from "./common"

/**
 * A consignment is one family's items of one order, on their way to the hub. `rejected` (hub staff refused the
 * goods) and `cancelled` (never delivered in time) both end it, and both refund its items to the buyer.
 */
export const ConsignmentStatus = z.enum(["awaiting_dropoff", "ready", "received", "rejected", "cancelled"], {
  error: "status must be one of: awaiting_dropoff, ready, received, rejected, cancelled",
})
export type ConsignmentStatus = z.infer<typeof ConsignmentStatus>

/** The parcel that carries every received consignment of an order from the hub to the buyer. */
export const ShipmentStatus = z.enum(["created", "in_transit", "delivered", "returned"], {
  error: "status must be one of: created, in_transit, delivered, returned",
})
export type ShipmentStatus = z.infer<typeof ShipmentStatus>

/** What a tracking update can say about a parcel that has left the hub. */
export const ShipmentEventStatus = z.enum(["in_transit", "delivered", "returned"], {
  error: "status must be one of: in_transit, delivered, returned",
})
export type ShipmentEventStatus = z.infer<typeof ShipmentEventStatus>

/**
 * A carrier's name as stored on a shipment and used in `/hooks/carrier/:carrier`: lowercase letters, digits, `_`
 * or `-` (e.g. aramex, jordan_post).
 */
export const CarrierName = z
  .string({ error: "carrier must be a string" })
  .regex(
    /^[a-z0-9][a-z0-9_-]{1,31}$/,
    "carrier must be 2 to 32 lowercase letters, digits, _ or -, e.g. aramex",
  )
export type CarrierName = z.infer<typeof CarrierName>

export const TrackingEntryType = z.enum([
  "order_placed",
  "consignment_received",
  "consignment_cancelled",
  "shipped",
  "in_transit",
  "delivered",
  "returned",
])
export type TrackingEntryType = z.infer<typeof TrackingEntryType>

const Bilingual = z.object({ ar: z.string(), en: z.string() })

/** One line of a buyer's tracking timeline: never a person's data, only family names and the parcel's facts. */
export const TrackingEntry = z.object({
  type: TrackingEntryType,
  at: IsoDateTime,
  title: Bilingual,
  family: z.object({ name_ar: z.string(), name_en: z.string() }).nullable(),
  carrier: z.string().nullable(),
  tracking_number: z.string().nullable(),
  description: z.string().nullable(),
  location: z.string().nullable(),
})
export type TrackingEntry = z.infer<typeof TrackingEntry>
