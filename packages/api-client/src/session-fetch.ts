import { errorFromResponse, UsraApiError } from "./errors"

export type Query = Record<string, string | number | boolean | undefined | null>
export type Method = "GET" | "POST" | "DELETE"
export type RequestOptions = {
  method?: Method
  query?: Query
  body?: unknown
  headers?: Record<string, string>
}

/** The query without empty values, as a search string ("" when nothing is left). */
export function searchOf(query: Query | undefined): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `?${search}` : ""
}

function toApiError(error: unknown): unknown {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return new UsraApiError("The server did not answer in time", 504, "timeout")
  }
  if (error instanceof TypeError) {
    return new UsraApiError(`The server cannot be reached: ${error.message}`, 503, "unreachable")
  }
  return error
}

/**
 * JSON requests that carry the browser's session cookie to another origin (the console's only credential). Plain
 * fetch rather than Medusa's JS SDK, which with its query-string library is about a fifth of the console's first
 * download and does nothing more for these flat queries. A refusal becomes a UsraApiError with the server's message.
 */
export function sessionFetch(baseUrl: string, timeoutMs: number) {
  return async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json", ...options.headers }
    if (options.body !== undefined) headers["content-type"] = "application/json"
    let response: Response
    try {
      response = await fetch(`${baseUrl}${path}${searchOf(options.query)}`, {
        method: options.method ?? "GET",
        headers,
        credentials: "include",
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      throw toApiError(error)
    }
    if (!response.ok) throw await errorFromResponse(response)
    if (response.status === 204) return undefined as T
    try {
      return (await response.json()) as T
    } catch (error) {
      throw toApiError(error)
    }
  }
}
