// Stripe's error format: `{ error: { type, message, code?, param?, ... } }` with the matching HTTP status.
// Handlers throw StripeApiError; the server turns it into the response.

export type StripeErrorType = "api_error" | "card_error" | "idempotency_error" | "invalid_request_error"

export interface StripeErrorBody {
  type: StripeErrorType
  message: string
  code?: string
  param?: string
  decline_code?: string
  doc_url?: string
  request_log_url?: string
  charge?: string
  payment_intent?: unknown
  payment_method?: unknown
  advice_code?: string
}

export class StripeApiError extends Error {
  readonly status: number
  readonly body: StripeErrorBody

  constructor(status: number, body: StripeErrorBody) {
    super(body.message)
    this.name = "StripeApiError"
    this.status = status
    this.body = body
  }
}

export function docUrl(code: string): string {
  return `https://stripe.com/docs/error-codes/${code.replaceAll("_", "-")}`
}

interface ErrorExtras {
  code?: string
  param?: string
  status?: number
  payment_intent?: unknown
  payment_method?: unknown
  charge?: string
}

export function invalidRequest(message: string, extras: ErrorExtras = {}): StripeApiError {
  const { status = 400, code, ...rest } = extras
  const body: StripeErrorBody = { type: "invalid_request_error", message, ...rest }
  if (code) {
    body.code = code
    body.doc_url = docUrl(code)
  }
  return new StripeApiError(status, body)
}

/**
 * `resource_missing`, e.g. "No such payment_intent: 'pi_123'": 404 for the object the URL names,
 * 400 for an object a parameter names.
 */
export function resourceMissing(objectName: string, id: string, param = "id"): StripeApiError {
  const status = param === "id" ? 404 : 400
  return invalidRequest(`No such ${objectName}: '${id}'`, { status, code: "resource_missing", param })
}

export function parameterMissing(param: string): StripeApiError {
  return invalidRequest(`Missing required param: ${param}.`, { code: "parameter_missing", param })
}

export function invalidInteger(param: string, value: unknown): StripeApiError {
  return invalidRequest(`Invalid integer: ${describe(value)}`, { code: "parameter_invalid_integer", param })
}

export function invalidBoolean(param: string, value: unknown): StripeApiError {
  return invalidRequest(`Invalid boolean: ${describe(value)}`, { param })
}

export function invalidString(param: string): StripeApiError {
  return invalidRequest(`Invalid string: ${param} must be a string`, { param })
}

export function invalidEnum(param: string, allowed: readonly string[]): StripeApiError {
  const list =
    allowed.length > 1 ? `${allowed.slice(0, -1).join(", ")}, or ${allowed[allowed.length - 1]}` : allowed[0]
  return invalidRequest(`Invalid ${param}: must be one of ${list}`, { param })
}

export function unexpectedState(message: string, paymentIntent?: unknown): StripeApiError {
  return invalidRequest(message, { code: "payment_intent_unexpected_state", payment_intent: paymentIntent })
}

export function apiError(status: number, message: string): StripeApiError {
  return new StripeApiError(status, { type: "api_error", message })
}

export function authenticationError(message: string): StripeApiError {
  return new StripeApiError(401, { type: "invalid_request_error", message })
}

export function unrecognizedUrl(method: string, path: string): StripeApiError {
  return invalidRequest(
    `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    { status: 404 },
  )
}

function describe(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value)
}
