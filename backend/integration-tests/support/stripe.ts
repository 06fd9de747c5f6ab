import { signatureHeader } from "@usra/stripe-emulator"
import Stripe from "stripe"
import { inject } from "vitest"
import { api, withDb } from "./context"
import { waitFor } from "./wait-for"

/** The official SDK against this run's emulator, as the backend sees it (no retries: tests want raw answers). */
export function stripeClient(): Stripe {
  const url = new URL(inject("stripeApiUrl"))
  return new Stripe("sk_test_emulator", {
    host: url.hostname,
    port: Number(url.port),
    protocol: "http",
    maxNetworkRetries: 0,
  })
}

/** An emulator-only endpoint (`/_emulator/...`), JSON in and out. */
export async function emulator(path: string, init: { method?: string; body?: Record<string, unknown> } = {}) {
  const response = await fetch(`${inject("stripeApiUrl")}${path}`, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers: init.body ? { "content-type": "application/json" } : {},
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

type Delivery = {
  event_id: string
  event_type: string
  status: string
  attempts: { status_code: number | null }[]
}

export async function deliveries(filter: Record<string, string>): Promise<Delivery[]> {
  const query = new URLSearchParams(filter).toString()
  return (await emulator(`/_emulator/deliveries?${query}`)).body.data as Delivery[]
}

/** Every event of `type` about `objectId` (the intent, charge or dispute it carries, or the intent it names). */
export async function eventsAbout(type: string, objectId: string): Promise<Stripe.Event[]> {
  const all = await stripeClient().events.list({ type, limit: 100 }).autoPagingToArray({ limit: 10_000 })
  return all.filter((event) => {
    const object = event.data.object as { id?: string; payment_intent?: string | null; charge?: string }
    return object.id === objectId || object.payment_intent === objectId || object.charge === objectId
  })
}

/** Waits until Stripe's deliveries of this event have all been answered, and returns them. */
export async function delivered(eventId: string): Promise<Delivery[]> {
  return waitFor(
    async () => {
      const list = await deliveries({ event_id: eventId })
      return list.length > 0 && list.every((delivery) => delivery.status !== "pending") ? list : undefined
    },
    { what: `delivery of ${eventId}` },
  )
}

/** Posts a webhook body as Stripe would, with the given Stripe-Signature header (or none). */
export function postWebhook(body: string, signature?: string) {
  return api("/hooks/payment/stripe_stripe", {
    method: "POST",
    rawBody: body,
    headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
  })
}

export function sign(
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
  secret = inject("stripeWebhookSecret"),
) {
  return signatureHeader(body, secret, timestamp)
}

export type EventRow = { id: string; type: string; status: string; outcome: string | null; attempts: number }

export const recordedEvent = (id: string) =>
  withDb(async (db) => {
    const { rows } = await db.query("select * from processed_stripe_event where id = $1", [id])
    return rows[0] as EventRow | undefined
  })

export const recordedEventCount = () =>
  withDb(
    async (db) =>
      (await db.query("select count(*)::int as n from processed_stripe_event")).rows[0].n as number,
  )

/** Waits until the backend has done what this event asked (or decided to ignore it). */
export function processed(eventId: string): Promise<EventRow> {
  return waitFor(
    async () => {
      const row = await recordedEvent(eventId)
      return row && row.status !== "received" ? row : undefined
    },
    { what: `processing of ${eventId}`, timeoutMs: 30_000 },
  )
}

const receivedEvents = () =>
  withDb(
    async (db) =>
      (await db.query("select id, type, last_error from processed_stripe_event where status = 'received'"))
        .rows,
  )

/**
 * Waits until the emulator has no delivery pending and the backend no event still to process (their jobs wait
 * STRIPE_WEBHOOK_DELAY_MS first); the timeout's error names the events left.
 */
export async function webhooksSettled(timeoutMs = 30_000): Promise<void> {
  await waitFor(
    async () =>
      (await deliveries({ status: "pending" })).length === 0 && (await receivedEvents()).length === 0,
    { what: "every webhook delivered and processed", timeoutMs },
  ).catch(async (error) => {
    throw new Error(`${(error as Error).message}: ${JSON.stringify(await receivedEvents())}`)
  })
}
