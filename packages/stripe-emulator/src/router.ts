// Routes as `METHOD /v1/things/:id/action` patterns, matched segment by segment.

import type { EventLog } from "./events"
import type { Params } from "./params"
import type { Store } from "./store"

export interface EmulatorSettings {
  apiVersion: string
  /** Refuse transfers to connected accounts whose `transfers` capability is not active (Stripe does). */
  enforceTransferCapability: boolean
}

export interface Core {
  store: Store
  events: EventLog
  settings: EmulatorSettings
}

/** Who caused a change, for the `request` field of the events it creates. */
export interface Origin {
  requestId: string | null
  idempotencyKey: string | null
}

export interface ApiRequest extends Origin {
  requestId: string
  method: string
  path: string
  params: Params
  pathParams: Record<string, string>
  /** Where this emulator is reachable, for URLs it hands out (3-D Secure and onboarding pages). */
  baseUrl: string
}

export type Handler = (request: ApiRequest, core: Core) => unknown

export interface Route {
  method: string
  segments: string[]
  handler: Handler
}

export function route(method: string, pattern: string, handler: Handler): Route {
  return { method, segments: pattern.split("/").filter(Boolean), handler }
}

export type RouteMatch =
  | { kind: "found"; route: Route; pathParams: Record<string, string> }
  | { kind: "wrong_method" }
  | { kind: "none" }

function matchSegments(route: Route, parts: string[]): Record<string, string> | null {
  if (route.segments.length !== parts.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < parts.length; i++) {
    const expected = route.segments[i] as string
    const actual = parts[i] as string
    if (expected.startsWith(":")) {
      let decoded = actual
      try {
        decoded = decodeURIComponent(actual)
      } catch {}
      params[expected.slice(1)] = decoded
    } else if (expected !== actual) return null
  }
  return params
}

export function matchRoute(routes: Route[], method: string, path: string): RouteMatch {
  const parts = path.split("/").filter(Boolean)
  let pathExists = false
  for (const candidate of routes) {
    const pathParams = matchSegments(candidate, parts)
    if (!pathParams) continue
    if (candidate.method === method) return { kind: "found", route: candidate, pathParams }
    pathExists = true
  }
  return pathExists ? { kind: "wrong_method" } : { kind: "none" }
}

/** A non-JSON answer (an HTML page, a redirect) from a route. */
export class RawResponse {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly headers: Record<string, string> = {},
  ) {}
}

export function htmlResponse(body: string, status = 200): RawResponse {
  return new RawResponse(status, body, { "Content-Type": "text/html; charset=utf-8" })
}

export function redirectResponse(location: string): RawResponse {
  return new RawResponse(303, "", { Location: location })
}
