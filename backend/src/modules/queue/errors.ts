/** Thrown by producers when Redis cannot take the job right now; the HTTP layer answers 503. */
export class QueueUnavailableError extends Error {
  override name = "QueueUnavailableError"
  constructor(
    readonly queue: string,
    cause?: unknown,
  ) {
    super(`The job queue "${queue}" is unavailable right now; nothing was changed. Try again shortly.`, {
      cause,
    })
  }
}

/** Also true for the plain object a workflow makes of the error when a step throws it (workflows serialise errors). */
export function isQueueUnavailableError(error: unknown): error is QueueUnavailableError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "QueueUnavailableError"
  )
}
