import type { ShipmentEventStatus } from "@usra/types"

/** What a carrier needs to know to take a parcel from the hub. No buyer data beyond the destination country. */
export type CarrierShipmentInput = {
  shipment_id: string
  order_id: string
  display_id: string
  destination_country: string | null
  items: { title: string; quantity: number }[]
}

/** A carrier with an API answers with its tracking number at once; the manual carrier leaves it to hub staff. */
export type CarrierShipmentResult = { tracking_number: string | null; tracking_url: string | null }

/** One tracking update as a carrier reports it, in Usra's terms. */
export type CarrierTrackingEvent = {
  external_id: string
  tracking_number: string
  status: ShipmentEventStatus
  description: string
  location: string | null
  occurred_at: Date
}

export type WebhookHeaders = Record<string, string | string[] | undefined>

/**
 * A carrier integration. `verifyWebhook` throws CarrierSignatureError (401) for a delivery that is not the
 * carrier's; `parseWebhook` throws CarrierPayloadError (400) for a body it cannot read.
 */
export interface CarrierAdapter {
  readonly name: string
  createShipment(input: CarrierShipmentInput): Promise<CarrierShipmentResult>
  verifyWebhook(rawBody: Buffer | string, headers: WebhookHeaders, secret: string | undefined): void
  parseWebhook(rawBody: Buffer | string): CarrierTrackingEvent[]
}

export class CarrierSignatureError extends Error {
  override name = "CarrierSignatureError"
}

export class CarrierPayloadError extends Error {
  override name = "CarrierPayloadError"
}
