// Webhook delivery: each event is POSTed, signed, to every enabled endpoint that wants its type. A failed
// attempt (non-2xx, network error, timeout) is retried after each configured delay. Deliveries about the same
// object to the same endpoint go one after another, in event order.
import { request as httpRequest } from "node:http"
import { request as httpsRequest } from "node:https"
import type Stripe from "stripe"
import { newId, nowSeconds } from "./ids"
import { signatureHeader } from "./signature"
import type { Store, StoredEvent } from "./store"

export interface DeliveryAttempt {
  attempt: number
  /** Unix milliseconds. */
  at: number
  status_code: number | null
  error: string | null
  duration_ms: number
}

export interface Delivery {
  id: string
  object: "webhook_delivery"
  event_id: string
  event_type: string
  object_id: string | null
  endpoint_id: string
  url: string
  status: "pending" | "succeeded" | "failed" | "canceled"
  attempts: DeliveryAttempt[]
  /** Unix milliseconds of the next retry while one is scheduled. */
  next_attempt_at: number | null
  created: number
}

export interface DeliveryFilter {
  event_id?: string
  event_type?: string
  endpoint_id?: string
  status?: string
}

export interface DispatcherOptions {
  /** Wait before each retry; its length is the number of retries. */
  retryDelaysMs: number[]
  timeoutMs: number
  log: (line: string) => void
}

interface PostResult {
  status: number | null
  error: string | null
}

function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  signal: AbortSignal,
) {
  return new Promise<PostResult>((resolve) => {
    let settled = false
    const finish = (result: PostResult) => {
      if (settled) return
      settled = true
      resolve(result)
    }
    let target: URL
    try {
      target = new URL(url)
    } catch {
      finish({ status: null, error: `Invalid URL: ${url}` })
      return
    }
    const send = target.protocol === "https:" ? httpsRequest : httpRequest
    const req = send(
      target,
      {
        method: "POST",
        signal,
        headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)), Connection: "close" },
      },
      (res) => {
        res.resume()
        res.on("end", () => finish({ status: res.statusCode ?? null, error: null }))
        res.on("error", (error) => finish({ status: res.statusCode ?? null, error: error.message }))
      },
    )
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`Timed out after ${timeoutMs} ms`)))
    req.on("error", (error) => finish({ status: null, error: error.message }))
    req.end(body)
  })
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener("abort", done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener("abort", done, { once: true })
  })
}

export function endpointWants(endpoint: Stripe.WebhookEndpoint, type: string): boolean {
  return (
    endpoint.status === "enabled" &&
    (endpoint.enabled_events.includes("*") || endpoint.enabled_events.includes(type))
  )
}

export class WebhookDispatcher {
  private readonly deliveries: Delivery[] = []
  private readonly chains = new Map<string, Promise<void>>()
  private abort = new AbortController()

  constructor(
    private readonly store: Store,
    private readonly options: DispatcherOptions,
  ) {}

  matchingEndpoints(type: string): Stripe.WebhookEndpoint[] {
    return [...this.store.webhookEndpoints.values()].filter((endpoint) => endpointWants(endpoint, type))
  }

  /** Queues the event for every endpoint that wants it (or only `endpointId`). */
  dispatch(event: StoredEvent, endpointId?: string): Delivery[] {
    const endpoints = this.matchingEndpoints(event.type).filter((e) => !endpointId || e.id === endpointId)
    return endpoints.map((endpoint) => this.enqueue(event, endpoint))
  }

  list(filter: DeliveryFilter = {}): Delivery[] {
    return this.deliveries.filter(
      (d) =>
        (!filter.event_id || d.event_id === filter.event_id) &&
        (!filter.event_type || d.event_type === filter.event_type) &&
        (!filter.endpoint_id || d.endpoint_id === filter.endpoint_id) &&
        (!filter.status || d.status === filter.status),
    )
  }

  /** Resolves once no delivery is pending (retries included). */
  async idle(): Promise<void> {
    while (this.chains.size > 0) await Promise.all([...this.chains.values()])
  }

  /** Stops every pending delivery and forgets them all (reset, close). */
  cancelAll(): void {
    this.abort.abort()
    this.abort = new AbortController()
    for (const delivery of this.deliveries) {
      if (delivery.status === "pending") {
        delivery.status = "canceled"
        delivery.next_attempt_at = null
      }
    }
  }

  clear(): void {
    this.cancelAll()
    this.deliveries.length = 0
  }

  private enqueue(event: StoredEvent, endpoint: Stripe.WebhookEndpoint): Delivery {
    const objectId = typeof event.data.object.id === "string" ? event.data.object.id : null
    const delivery: Delivery = {
      id: newId("whdel"),
      object: "webhook_delivery",
      event_id: event.id,
      event_type: event.type,
      object_id: objectId,
      endpoint_id: endpoint.id,
      url: endpoint.url,
      status: "pending",
      attempts: [],
      next_attempt_at: null,
      created: nowSeconds(),
    }
    this.deliveries.push(delivery)
    const secret = endpoint.secret ?? ""
    const signal = this.abort.signal
    const key = `${endpoint.id}:${objectId ?? event.id}`
    const previous = this.chains.get(key) ?? Promise.resolve()
    const next = previous
      .then(() => this.run(delivery, secret, signal))
      .catch((error: unknown) =>
        this.options.log(`webhook delivery ${delivery.id} crashed: ${String(error)}`),
      )
      .finally(() => {
        if (this.chains.get(key) === next) this.chains.delete(key)
      })
    this.chains.set(key, next)
    return delivery
  }

  private async run(delivery: Delivery, secret: string, signal: AbortSignal): Promise<void> {
    const maxAttempts = 1 + this.options.retryDelaysMs.length
    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) {
        delivery.status = "canceled"
        return
      }
      const event = this.store.events.get(delivery.event_id)
      if (!event) {
        delivery.status = "canceled"
        return
      }
      const payload = JSON.stringify(event, null, 2)
      const started = Date.now()
      const result = await post(
        delivery.url,
        payload,
        {
          "Content-Type": "application/json; charset=utf-8",
          "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          "Cache-Control": "no-cache",
          Accept: "*/*; q=0.5, application/xml",
          "Stripe-Signature": signatureHeader(payload, secret),
        },
        this.options.timeoutMs,
        signal,
      )
      delivery.attempts.push({
        attempt,
        at: started,
        status_code: result.status,
        error: result.error,
        duration_ms: Date.now() - started,
      })
      const ok = result.status !== null && result.status >= 200 && result.status < 300
      const outcome = result.status !== null ? `HTTP ${result.status}` : (result.error ?? "error")
      if (ok) {
        delivery.status = "succeeded"
        delivery.next_attempt_at = null
        event.pending_webhooks = Math.max(0, event.pending_webhooks - 1)
        this.options.log(`webhook ${delivery.event_type} ${delivery.event_id} -> ${delivery.url}: ${outcome}`)
        return
      }
      if (signal.aborted) {
        delivery.status = "canceled"
        return
      }
      if (attempt >= maxAttempts) {
        delivery.status = "failed"
        delivery.next_attempt_at = null
        this.options.log(
          `webhook ${delivery.event_type} ${delivery.event_id} -> ${delivery.url}: ${outcome}, giving up after ${attempt} attempts`,
        )
        return
      }
      const wait = this.options.retryDelaysMs[attempt - 1] ?? 0
      delivery.next_attempt_at = Date.now() + wait
      this.options.log(
        `webhook ${delivery.event_type} ${delivery.event_id} -> ${delivery.url}: ${outcome}, retrying in ${wait} ms`,
      )
      await sleep(wait, signal)
    }
  }
}
