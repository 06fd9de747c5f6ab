// Idempotency keys, per API key: a POST with a key used before replays the saved response if the request is
// the same, and is refused (400 idempotency_error) if it differs; while the first is still running, 409.
// Like Stripe, only requests that started executing are saved: validation errors (400/404) are not.
import { invalidRequest, StripeApiError } from "./errors"

export interface SavedResponse {
  status: number
  body: string
  requestId: string
}

interface Entry {
  endpoint: string
  fingerprint: string
  response: SavedResponse | null
  createdAt: number
}

export type IdempotencyCheck =
  | { kind: "new" }
  | { kind: "replay"; response: SavedResponse }
  | { kind: "refused"; error: StripeApiError }

const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000

/** Parameters as a string that does not depend on key order. */
export function fingerprint(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(",")}]`
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${fingerprint(v)}`).join(",")}}`
  }
  return JSON.stringify(typeof value === "number" || typeof value === "boolean" ? String(value) : value)
}

/** Whether Stripe keeps this response for replays: anything but a request refused before it ran. */
export function isSaved(status: number): boolean {
  return status < 400 || status === 402 || status >= 500
}

export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>()

  begin(scope: string, key: string, endpoint: string, params: unknown): IdempotencyCheck {
    if (key.length > 255) {
      return {
        kind: "refused",
        error: invalidRequest(
          `Invalid idempotency key: keys can be at most 255 characters, got ${key.length}.`,
          {
            param: "Idempotency-Key",
          },
        ),
      }
    }
    const id = `${scope}\u0000${key}`
    const print = fingerprint(params)
    const existing = this.entries.get(id)
    if (existing && Date.now() - existing.createdAt > KEY_LIFETIME_MS) this.entries.delete(id)
    const entry = this.entries.get(id)
    if (!entry) {
      this.entries.set(id, { endpoint, fingerprint: print, response: null, createdAt: Date.now() })
      return { kind: "new" }
    }
    if (entry.endpoint !== endpoint) {
      return {
        kind: "refused",
        error: new StripeApiError(400, {
          type: "idempotency_error",
          message: `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${entry.endpoint}' vs '${endpoint}'). Try using a key other than '${key}' if you meant to execute a different request.`,
        }),
      }
    }
    if (entry.fingerprint !== print) {
      return {
        kind: "refused",
        error: new StripeApiError(400, {
          type: "idempotency_error",
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        }),
      }
    }
    if (!entry.response) {
      return {
        kind: "refused",
        error: new StripeApiError(409, {
          type: "idempotency_error",
          code: "idempotency_key_in_use",
          message: `There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ${key}. Please try again later.`,
        }),
      }
    }
    return { kind: "replay", response: entry.response }
  }

  /** The request ran: keep its response for replays, or forget the key if Stripe would not have saved it. */
  finish(scope: string, key: string, response: SavedResponse): void {
    const id = `${scope}\u0000${key}`
    const entry = this.entries.get(id)
    if (!entry) return
    if (isSaved(response.status)) entry.response = response
    else this.entries.delete(id)
  }

  /** The request never ran (an injected fault refused it): the key is free again. */
  release(scope: string, key: string): void {
    const id = `${scope}\u0000${key}`
    if (this.entries.get(id)?.response === null) this.entries.delete(id)
  }

  clear(): void {
    this.entries.clear()
  }
}
