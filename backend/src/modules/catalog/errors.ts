/** The catalogue's cache could not be told about a change: the change is undone and the client may retry. */
export class CatalogCacheUnavailableError extends Error {
  override name = "CatalogCacheUnavailableError"
  constructor(cause?: unknown) {
    super("The catalogue cache is unavailable right now; nothing was changed. Try again shortly.", { cause })
  }
}

/** Also true for the plain object a workflow makes of the error when a step throws it. */
export function isCatalogCacheUnavailableError(error: unknown): error is CatalogCacheUnavailableError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "CatalogCacheUnavailableError"
  )
}
