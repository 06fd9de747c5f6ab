/**
 * A request that is valid but conflicts with the current state (an illegal transition, a second retry).
 * Answered as 409 with this message: Medusa's own CONFLICT type replaces messages with a generic one.
 */
export class ConflictError extends Error {
  override name = "ConflictError"
}

export function isConflictError(error: unknown): error is ConflictError {
  return (error as { name?: unknown } | null)?.name === "ConflictError"
}
