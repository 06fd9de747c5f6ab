// Events: every state change records an `evt_...` (retrievable and listable like Stripe's) and hands it to
// the webhook dispatcher.
import { newId, nowSeconds } from "./ids"
import type { Origin } from "./router"
import type { Store, StoredEvent } from "./store"
import type { WebhookDispatcher } from "./webhooks"

export interface EmitOptions {
  previous?: Record<string, unknown>
  /** Connected account the event is about (Connect events carry `account`). */
  account?: string
}

/** The top-level fields of `after` that differ from `before`, with their old values. */
export function previousAttributes(before: object, after: object): Record<string, unknown> {
  const old = before as Record<string, unknown>
  const changed: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(value) !== JSON.stringify(old[key])) changed[key] = old[key] ?? null
  }
  return changed
}

export class EventLog {
  constructor(
    private readonly store: Store,
    private readonly dispatcher: WebhookDispatcher,
    private readonly apiVersion: string,
  ) {}

  emit(type: string, object: object, origin: Origin | null, options: EmitOptions = {}): StoredEvent {
    const event: StoredEvent = {
      id: newId("evt"),
      object: "event",
      api_version: this.apiVersion,
      created: nowSeconds(),
      data: { object: structuredClone(object) as Record<string, unknown> },
      livemode: false,
      pending_webhooks: this.dispatcher.matchingEndpoints(type).length,
      request: { id: origin?.requestId ?? null, idempotency_key: origin?.idempotencyKey ?? null },
      type,
    }
    if (options.previous && Object.keys(options.previous).length > 0) {
      event.data.previous_attributes = structuredClone(options.previous)
    }
    if (options.account) event.account = options.account
    this.store.events.set(event.id, event)
    this.dispatcher.dispatch(event)
    return event
  }
}
