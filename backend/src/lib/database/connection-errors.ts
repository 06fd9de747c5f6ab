/** PostgreSQL's codes for "the server is going away, starting up, or cannot take another connection". */
const UNAVAILABLE_SQLSTATES = new Set([
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300",
])
// A refused connect never reaches a request (the pool retries it); the request's wait for a connection times out.
const UNAVAILABLE_NAMES = new Set(["KnexTimeoutError", "ConnectionException"])
const UNAVAILABLE_MESSAGE =
  /Connection terminated|terminating connection|Timeout acquiring a connection|the database system is (shutting down|starting up|in recovery mode)|Client has encountered a connection error|Connection ended unexpectedly/i

type ErrorLike = {
  name?: unknown
  code?: unknown
  message?: unknown
  cause?: unknown
  originalError?: unknown
}

function isUnavailable(error: ErrorLike): boolean {
  return (
    (typeof error.code === "string" && UNAVAILABLE_SQLSTATES.has(error.code)) ||
    (typeof error.name === "string" && UNAVAILABLE_NAMES.has(error.name)) ||
    (typeof error.message === "string" && UNAVAILABLE_MESSAGE.test(error.message))
  )
}

/**
 * True when an error means PostgreSQL could not be reached or dropped the connection, rather than refused the
 * query. Looks through `cause` and ORM wrappers, and works on the plain object a workflow makes of an error.
 */
export function isDatabaseUnavailableError(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false
  const candidate = error as ErrorLike
  if (isUnavailable(candidate)) return true
  return (
    isDatabaseUnavailableError(candidate.cause, depth + 1) ||
    isDatabaseUnavailableError(candidate.originalError, depth + 1)
  )
}
