// The HTTP server: Stripe's /v1 API (API key, form bodies, idempotency keys, injected faults, `expand[]`,
// JSON answers with `request-id`) and the emulator-only /_emulator routes.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import type Stripe from "stripe"
import { apiKey } from "./auth"
import { type EmulatorCore, emulatorRoutes } from "./emulator-routes"
import { apiError, invalidRequest, StripeApiError, unrecognizedUrl } from "./errors"
import { EventLog } from "./events"
import { expandResponse } from "./expand"
import { type Fault, FaultInjector, faultBody } from "./faults"
import { parseBody, parseForm } from "./form"
import { IdempotencyStore, type SavedResponse } from "./idempotency"
import { newRequestId } from "./ids"
import { expandPaths, type Params } from "./params"
import { accountLinkRoutes } from "./resources/account-links"
import { accountRoutes } from "./resources/accounts"
import { chargeRoutes } from "./resources/charges"
import { customerRoutes } from "./resources/customers"
import { disputeRoutes } from "./resources/disputes"
import { eventRoutes } from "./resources/events"
import { paymentIntentRoutes } from "./resources/payment-intents"
import { paymentMethodRoutes } from "./resources/payment-methods"
import { refundRoutes } from "./resources/refunds"
import { transferRoutes } from "./resources/transfers"
import { addEndpoint, type EndpointConfig, webhookEndpointRoutes } from "./resources/webhook-endpoints"
import { type ApiRequest, matchRoute, RawResponse, type Route } from "./router"
import { Store, type StoredEvent } from "./store"
import { type Delivery, type DeliveryFilter, WebhookDispatcher } from "./webhooks"

/** The API version of the `stripe` SDK this emulator was written against. */
export const DEFAULT_API_VERSION = "2026-10-28.endive"
/** Real Stripe retries for three days; the emulator's default schedule is shorter. */
export const DEFAULT_RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000, 3_600_000]

export interface StripeEmulatorOptions {
  /** Port for `listen()` when none is passed; 0 (the default) picks a free one. */
  port?: number
  /** Interface to bind; default 127.0.0.1. */
  host?: string
  /** Base URL for the links the emulator hands out (3-D Secure, onboarding); default: from the Host header. */
  publicUrl?: string
  /** Webhook endpoints to deliver to from the start (they survive `reset()`). */
  webhooks?: EndpointConfig[]
  /** Shorthand for one entry of `webhooks`. */
  webhookUrl?: string
  webhookSecret?: string
  /** Wait before each webhook retry; the array's length is the number of retries. */
  webhookRetryDelaysMs?: number[]
  webhookTimeoutMs?: number
  /** `api_version` of events and the default `Stripe-Version` header. */
  apiVersion?: string
  /** Refuse transfers to accounts whose `transfers` capability is not active, as Stripe does. Default false. */
  enforceTransferCapability?: boolean
  /** Receives one line per webhook delivery attempt (and per request with `logRequests`). */
  logger?: (line: string) => void
  logRequests?: boolean
}

export interface StripeEmulator {
  listen(port?: number): Promise<{ port: number; url: string }>
  close(): Promise<void>
  /** `http://host:port` once listening. */
  readonly url: string
  /** Every object, event and endpoint, by id (read it; change it through the API). */
  readonly state: Store
  /** The endpoints configured by options, with their secrets. */
  readonly webhookEndpoints: Stripe.WebhookEndpoint[]
  addWebhookEndpoint(config: EndpointConfig): Stripe.WebhookEndpoint
  deliveries(filter?: DeliveryFilter): Delivery[]
  /** Resolves when no webhook delivery is pending (retries included). */
  waitForWebhooks(): Promise<void>
  events(type?: string): StoredEvent[]
  injectFault(spec: Params): Fault
  /** Forgets every object, event, delivery, idempotency key and fault; keeps the configured endpoints. */
  reset(): void
}

const API_ROUTES: Route[] = [
  ...paymentIntentRoutes,
  ...paymentMethodRoutes,
  ...chargeRoutes,
  ...refundRoutes,
  ...disputeRoutes,
  ...customerRoutes,
  ...accountRoutes,
  ...accountLinkRoutes,
  ...transferRoutes,
  ...eventRoutes,
  ...webhookEndpointRoutes,
]

const MAX_BODY_BYTES = 1024 * 1024

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
  "Access-Control-Allow-Headers":
    "Authorization, Content-Type, Idempotency-Key, Stripe-Version, Stripe-Account",
  "Access-Control-Expose-Headers":
    "request-id, Idempotency-Key, Idempotent-Replayed, Original-Request, Stripe-Version",
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(invalidRequest("Request body too large.", { status: 413 }))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function errorJson(error: StripeApiError, requestId: string): string {
  return JSON.stringify(
    { error: { ...error.body, request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}` } },
    null,
    2,
  )
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

export function createStripeEmulator(options: StripeEmulatorOptions = {}): StripeEmulator {
  const host = options.host ?? "127.0.0.1"
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION
  const log = options.logger ?? (() => {})
  const store = new Store()
  const dispatcher = new WebhookDispatcher(store, {
    retryDelaysMs: options.webhookRetryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    timeoutMs: options.webhookTimeoutMs ?? 10_000,
    log,
  })
  const idempotency = new IdempotencyStore()
  const faults = new FaultInjector()
  const core: EmulatorCore = {
    store,
    events: new EventLog(store, dispatcher, apiVersion),
    settings: { apiVersion, enforceTransferCapability: options.enforceTransferCapability ?? false },
    webhooks: dispatcher,
    faults,
    reset,
  }

  const configured: EndpointConfig[] = [...(options.webhooks ?? [])]
  if (options.webhookUrl) configured.push({ url: options.webhookUrl, secret: options.webhookSecret })
  const initialEndpoints = configured.map((config) => addEndpoint(core, config))

  function reset(): void {
    dispatcher.clear()
    store.clear()
    idempotency.clear()
    faults.clear()
    for (const endpoint of initialEndpoints) store.webhookEndpoints.set(endpoint.id, endpoint)
  }

  let listeningUrl: string | null = null

  function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
    if (res.destroyed || res.headersSent) return
    res.writeHead(status, { ...CORS_HEADERS, ...headers })
    res.end(body)
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, request: ApiRequest): Promise<number> {
    const { method, path, requestId } = request
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      "request-id": requestId,
      "Stripe-Version": header(req, "stripe-version") ?? apiVersion,
    }
    const fail = (error: StripeApiError) => {
      send(res, error.status, errorJson(error, requestId), headers)
      return error.status
    }
    let key: string
    try {
      key = apiKey(req, method, path)
    } catch (error) {
      return fail(error as StripeApiError)
    }
    const match = matchRoute(API_ROUTES, method, path)
    if (match.kind !== "found") return fail(unrecognizedUrl(method, path))
    request.pathParams = match.pathParams

    const account = header(req, "stripe-account")
    if (account) headers["Stripe-Account"] = account
    const idempotencyKey = method === "POST" ? (header(req, "idempotency-key") ?? null) : null
    request.idempotencyKey = idempotencyKey
    const scope = `${key}\u0000${account ?? ""}`
    if (idempotencyKey) {
      headers["Idempotency-Key"] = idempotencyKey
      const check = idempotency.begin(scope, idempotencyKey, `${method} ${path}`, request.params)
      if (check.kind === "refused") return fail(check.error)
      if (check.kind === "replay") {
        const saved: SavedResponse = check.response
        send(res, saved.status, saved.body, {
          ...headers,
          "Idempotent-Replayed": "true",
          "Original-Request": saved.requestId,
        })
        return saved.status
      }
    }

    const fault = faults.take(method, path, idempotencyKey)
    if (fault?.phase === "before") {
      if (fault.delay_ms) await sleep(fault.delay_ms)
      if (fault.drop || fault.status) {
        if (idempotencyKey) idempotency.release(scope, idempotencyKey)
        if (fault.drop) {
          req.socket.destroy()
          return 0
        }
        return fail(new StripeApiError(fault.status ?? 500, faultBody(fault)))
      }
    }

    let status = 200
    let body: string
    try {
      const result = match.route.handler(request, core)
      body = JSON.stringify(
        expandResponse(result, expandPaths(request.params), (id) => store.find(id)),
        null,
        2,
      )
    } catch (error) {
      const stripeError =
        error instanceof StripeApiError
          ? error
          : apiError(500, "An unknown error occurred in the Stripe emulator.")
      if (!(error instanceof StripeApiError))
        log(`error handling ${method} ${path}: ${(error as Error).stack}`)
      status = stripeError.status
      body = errorJson(stripeError, requestId)
    }
    if (idempotencyKey) idempotency.finish(scope, idempotencyKey, { status, body, requestId })

    if (fault?.phase === "after") {
      if (fault.delay_ms) await sleep(fault.delay_ms)
      if (fault.drop) {
        req.socket.destroy()
        return 0
      }
      if (fault.status) return fail(new StripeApiError(fault.status, faultBody(fault)))
    }
    send(res, status, body, headers)
    return status
  }

  function handleEmulator(res: ServerResponse, request: ApiRequest): number {
    const match = matchRoute(emulatorRoutes, request.method, request.path)
    const headers = { "Content-Type": "application/json", "request-id": request.requestId }
    try {
      if (match.kind !== "found") throw unrecognizedUrl(request.method, request.path)
      request.pathParams = match.pathParams
      const result = match.route.handler(request, core)
      if (result instanceof RawResponse) {
        send(res, result.status, result.body, { "request-id": request.requestId, ...result.headers })
        return result.status
      }
      send(res, 200, JSON.stringify(result, null, 2), headers)
      return 200
    } catch (error) {
      const stripeError =
        error instanceof StripeApiError
          ? error
          : apiError(500, "An unknown error occurred in the Stripe emulator.")
      if (!(error instanceof StripeApiError))
        log(`error handling ${request.method} ${request.path}: ${error}`)
      send(res, stripeError.status, errorJson(stripeError, request.requestId), headers)
      return stripeError.status
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = newRequestId()
    const method = (req.method ?? "GET").toUpperCase()
    const url = new URL(req.url ?? "/", "http://emulator")
    const path = url.pathname.replace(/\/+$/, "") || "/"
    if (method === "OPTIONS") {
      send(res, 204, "", {})
      return
    }
    const jsonHeaders = { "Content-Type": "application/json", "request-id": requestId }
    let params: Params
    try {
      const raw = await readBody(req)
      params = {
        ...parseForm(url.search.slice(1)),
        ...(raw ? parseBody(header(req, "content-type"), raw) : {}),
      }
    } catch (error) {
      const stripeError =
        error instanceof StripeApiError
          ? error
          : invalidRequest(`Invalid request body: ${(error as Error).message}`)
      send(res, stripeError.status, errorJson(stripeError, requestId), jsonHeaders)
      return
    }
    const forwardedBase = options.publicUrl?.replace(/\/+$/, "")
    const request: ApiRequest = {
      method,
      path,
      params,
      pathParams: {},
      requestId,
      idempotencyKey: null,
      baseUrl:
        forwardedBase ?? `http://${header(req, "host") ?? new URL(listeningUrl ?? "http://127.0.0.1").host}`,
    }
    let status: number
    if (path.startsWith("/v1/") || path === "/v1") status = await handleApi(req, res, request)
    else if (path.startsWith("/_emulator/")) status = handleEmulator(res, request)
    else {
      const error = unrecognizedUrl(method, path)
      send(res, 404, errorJson(error, requestId), jsonHeaders)
      status = 404
    }
    if (options.logRequests) log(`${method} ${path} -> ${status || "dropped"}`)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`unexpected error: ${String(error)}`)
      const fallback = apiError(500, "An unknown error occurred in the Stripe emulator.")
      send(res, 500, errorJson(fallback, newRequestId()), { "Content-Type": "application/json" })
    })
  })

  return {
    listen(port = options.port ?? 0) {
      return new Promise((resolve, reject) => {
        server.once("error", reject)
        server.listen(port, host, () => {
          server.off("error", reject)
          const actual = (server.address() as AddressInfo).port
          const reachable = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host
          listeningUrl = `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${actual}`
          resolve({ port: actual, url: listeningUrl })
        })
      })
    },
    close() {
      dispatcher.cancelAll()
      return new Promise((resolve, reject) => {
        if (!server.listening) return resolve()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    },
    get url() {
      if (!listeningUrl) throw new Error("The Stripe emulator is not listening yet: call listen() first")
      return listeningUrl
    },
    state: store,
    get webhookEndpoints() {
      return [...initialEndpoints]
    },
    addWebhookEndpoint: (config) => addEndpoint(core, config),
    deliveries: (filter) => dispatcher.list(filter),
    waitForWebhooks: () => dispatcher.idle(),
    events: (type) => [...store.events.values()].filter((event) => !type || event.type === type),
    injectFault: (spec) => faults.add(spec),
    reset,
  }
}
