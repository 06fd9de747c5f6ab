// Fault injection for tests: make the next N matching API requests fail with a status, wait, or lose their
// connection, before the request runs ("before", the default) or after it ran and was saved ("after": the
// response is lost, so a retry with the same idempotency key gets the saved result).
import { invalidRequest, type StripeErrorBody } from "./errors"
import { newId } from "./ids"
import { optBool, optEnum, optInt, optObject, optString, type Params } from "./params"

export interface Fault {
  id: string
  /** Exact path, or a prefix ending in `*`; absent: every /v1 path. */
  path: string | null
  method: string | null
  status: number | null
  delay_ms: number
  /** Destroy the connection instead of answering. */
  drop: boolean
  phase: "before" | "after"
  remaining: number
  hits: number
  /** The Idempotency-Key of each request the fault hit (null: sent without one), so a test can tell a retry. */
  idempotency_keys: (string | null)[]
  error: Partial<StripeErrorBody> | null
}

export function faultBody(fault: Fault): StripeErrorBody {
  const status = fault.status ?? 500
  let body: StripeErrorBody
  if (status === 429) {
    body = {
      type: "invalid_request_error",
      code: "rate_limit",
      message:
        "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
    }
  } else if (status === 409) {
    body = {
      type: "invalid_request_error",
      code: "lock_timeout",
      message:
        "This object cannot be accessed right now because another API request or Stripe process is currently accessing it. If you see this error intermittently, retry the request.",
    }
  } else if (status >= 500) {
    body = { type: "api_error", message: "An unknown error occurred (injected by the Stripe emulator)." }
  } else {
    body = { type: "invalid_request_error", message: `Injected ${status} error from the Stripe emulator.` }
  }
  return { ...body, ...fault.error } as StripeErrorBody
}

export class FaultInjector {
  private readonly faults: Fault[] = []

  add(spec: Params): Fault {
    const status = optInt(spec, "status", { min: 100, max: 599 }) ?? null
    const delay = optInt(spec, "delay_ms", { min: 0, max: 600_000 }) ?? 0
    const drop = optBool(spec, "drop") ?? false
    if (status === null && delay === 0 && !drop) {
      throw invalidRequest("A fault needs at least one of: status, delay_ms, drop.", { param: "status" })
    }
    const error = optObject(spec, "error")
    const fault: Fault = {
      id: newId("fault"),
      path: optString(spec, "path") ?? null,
      method: optString(spec, "method")?.toUpperCase() ?? null,
      status,
      delay_ms: delay,
      drop,
      phase: optEnum(spec, "phase", ["before", "after"] as const) ?? "before",
      remaining: optInt(spec, "count", { min: 1 }) ?? 1,
      hits: 0,
      idempotency_keys: [],
      error: error ? (error as Partial<StripeErrorBody>) : null,
    }
    this.faults.push(fault)
    return fault
  }

  /** The first fault matching this request, counted as used. */
  take(method: string, path: string, idempotencyKey: string | null = null): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (!f.method || f.method === method) &&
        (!f.path || (f.path.endsWith("*") ? path.startsWith(f.path.slice(0, -1)) : f.path === path)),
    )
    if (!fault) return undefined
    fault.remaining -= 1
    fault.hits += 1
    fault.idempotency_keys.push(idempotencyKey)
    return fault
  }

  list(): Fault[] {
    return [...this.faults]
  }

  clear(): void {
    this.faults.length = 0
  }
}
