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

export function isQueueUnavailableError(error: unknown): error is QueueUnavailableError {
  return error instanceof Error && error.name === "QueueUnavailableError"
}
