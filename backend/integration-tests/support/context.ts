import { Client } from "pg"
import { inject } from "vitest"

export const ctx = {
  get baseUrl() {
    return inject("baseUrl")
  },
  get publishableKey() {
    return inject("publishableKey")
  },
  get adminToken() {
    return inject("adminToken")
  },
}

type Json = Record<string, unknown>

let through: { urls: string[]; next: number } | undefined

/**
 * Sends every later `api()` call to these servers in turn (undefined: back to the run's own server). The
 * multi-instance suite drives one story through several servers this way.
 */
export function routeApiThrough(urls: string[] | undefined) {
  through = urls?.length ? { urls, next: 0 } : undefined
}

/** The server the next request goes to. */
export function apiBase(): string {
  if (!through) return inject("baseUrl")
  const url = through.urls[through.next % through.urls.length] as string
  through.next += 1
  return url
}

/** fetch against the test server; returns status, headers and parsed JSON (or text). */
export async function api(
  path: string,
  init: { method?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...init.headers }
  let body: string | undefined = init.rawBody
  if (init.body !== undefined) {
    headers["content-type"] = "application/json"
    body = JSON.stringify(init.body)
  }
  const response = await fetch(`${apiBase()}${path}`, { method: init.method ?? "GET", headers, body })
  const text = await response.text()
  let json: Json = {}
  try {
    json = text ? (JSON.parse(text) as Json) : {}
  } catch {
    json = { text }
  }
  return { status: response.status, headers: response.headers, body: json }
}

export const asAdmin = (): Record<string, string> => ({ authorization: `Bearer ${inject("adminToken")}` })
/** A store route as the shop calls it: with the publishable key. */
export const store = (path: string, init: Parameters<typeof api>[1] = {}) =>
  api(path, { ...init, headers: { ...withPublishableKey(), ...init.headers } })

export const withPublishableKey = (): Record<string, string> => ({
  "x-publishable-api-key": inject("publishableKey"),
})

export async function withDb<T>(fn: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: inject("databaseUrl") })
  await db.connect()
  try {
    return await fn(db)
  } finally {
    await db.end()
  }
}
