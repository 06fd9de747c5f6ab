/** An answer of the Usra backend that was not a success, with what the storefront needs to explain it. */
export class UsraApiError extends Error {
  readonly status: number
  readonly type: string | undefined
  readonly code: string | undefined

  constructor(message: string, status: number, type?: string, code?: string) {
    super(message)
    this.name = "UsraApiError"
    this.status = status
    this.type = type
    this.code = code
  }

  get isNotFound(): boolean {
    return this.status === 404
  }

  get isUnauthorized(): boolean {
    return this.status === 401
  }
}

/** Reads Medusa's `{ type, message, code }` error body; a body that is not JSON keeps the status text. */
export async function errorFromResponse(response: Response): Promise<UsraApiError> {
  const body = (await response.json().catch(() => ({}))) as {
    message?: unknown
    type?: unknown
    code?: unknown
  }
  const text = (value: unknown) => (typeof value === "string" && value ? value : undefined)
  return new UsraApiError(
    text(body.message) ?? (response.statusText || `HTTP ${response.status}`),
    response.status,
    text(body.type),
    text(body.code),
  )
}
