import { CarrierName, ShipmentEventStatus, ShipmentStatus } from "@usra/types"
import { z } from "zod"
import { pagination } from "../../utils/pagination"

export const AdminShipmentsQuery = z.object({
  ...pagination(),
  status: ShipmentStatus.optional(),
  order_id: z.string().trim().min(1, "order_id must not be empty").max(64, "order_id is too long").optional(),
})
export type AdminShipmentsQuery = z.infer<typeof AdminShipmentsQuery>

export const AdminDispatchShipment = z.strictObject({
  carrier: CarrierName,
  tracking_number: z
    .string({ error: "tracking_number is required: type the number on the carrier's label" })
    .trim()
    .regex(/^[A-Za-z0-9-]{4,64}$/, "tracking_number must be 4 to 64 letters, digits or dashes"),
  tracking_url: z
    .url({ protocol: /^https?$/, error: "tracking_url must be an http(s) URL" })
    .max(500)
    .optional(),
})
export type AdminDispatchShipment = z.infer<typeof AdminDispatchShipment>

/** A clock a few minutes fast at the hub is fine; an update from the future is not. */
const FUTURE_SLACK_MS = 10 * 60_000

export const AdminShipmentEvent = z.strictObject({
  status: ShipmentEventStatus,
  description: z
    .string({ error: "description is required: what happened to the parcel" })
    .trim()
    .min(1, "description must not be empty")
    .max(500, "description must be at most 500 characters"),
  location: z.string().trim().max(200, "location must be at most 200 characters").optional(),
  occurred_at: z.iso
    .datetime({ offset: true, error: "occurred_at must be an ISO 8601 date-time, e.g. 2026-12-05T10:00:00Z" })
    .refine((value) => new Date(value).getTime() <= Date.now() + FUTURE_SLACK_MS, {
      message: "occurred_at must not be in the future",
    }),
})
export type AdminShipmentEvent = z.infer<typeof AdminShipmentEvent>
