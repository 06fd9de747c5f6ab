import { ShipmentEventStatus } from "@usra/types"
import { z } from "zod"
import { type CarrierAdapter, CarrierPayloadError, type WebhookHeaders } from "./carrier"
import { CARRIER_SIGNATURE_HEADER, verifyCarrierSignature } from "./signature"

/** Usra's own tracking format: what a tracking relay (or a carrier without an adapter) posts, signed. */
const TrackingUpdate = z.object({
  id: z.string().min(1, "id must not be empty").max(128, "id must be at most 128 characters"),
  tracking_number: z.string().min(1, "tracking_number must not be empty").max(64),
  status: ShipmentEventStatus,
  description: z.string().min(1, "description must not be empty").max(500),
  location: z.string().max(200).nullish(),
  occurred_at: z.iso.datetime({ offset: true, error: "occurred_at must be an ISO 8601 date-time" }),
})

function header(headers: WebhookHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * The manual carrier: hub staff hand the parcel to a courier and type its tracking number
 * (`POST /admin/shipments/:id/dispatch`), so creating a shipment returns no number. Its webhook takes Usra's own
 * signed tracking format, for any carrier that has no adapter of its own.
 */
export const manualCarrier: CarrierAdapter = {
  name: "manual",
  async createShipment() {
    return { tracking_number: null, tracking_url: null }
  },
  verifyWebhook(rawBody, headers, secret) {
    verifyCarrierSignature(rawBody, header(headers, CARRIER_SIGNATURE_HEADER), secret)
  },
  parseWebhook(rawBody) {
    let json: unknown
    try {
      json = JSON.parse(rawBody.toString())
    } catch {
      throw new CarrierPayloadError("The body must be JSON")
    }
    const parsed = TrackingUpdate.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new CarrierPayloadError(`${issue?.path.join(".") || "body"}: ${issue?.message ?? "is invalid"}`)
    }
    const update = parsed.data
    return [
      {
        external_id: update.id,
        tracking_number: update.tracking_number,
        status: update.status,
        description: update.description,
        location: update.location ?? null,
        occurred_at: new Date(update.occurred_at),
      },
    ]
  },
}
