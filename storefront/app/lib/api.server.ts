import { createUsraClient, UsraApiError, type UsraClient } from "@usra/api-client"
import { data } from "react-router"
import { config } from "./config.server"

/** The typed store client, as the buyer (with their login when they have one). */
export function api(token?: string | null): UsraClient {
  const { backendUrl, publishableKey } = config()
  if (!publishableKey) throw data("The shop is not configured", { status: 503 })
  return createUsraClient({ baseUrl: backendUrl, publishableKey, token, timeoutMs: 8000 })
}

/** A 404 from the backend becomes the page's 404; anything else is thrown on. */
export async function orNotFound<T>(call: Promise<T>): Promise<T> {
  try {
    return await call
  } catch (error) {
    if (error instanceof UsraApiError && error.isNotFound) throw data("Not Found", { status: 404 })
    throw error
  }
}

/** Small in-memory cache for what every page reads and rarely changes (regions, categories, families). */
const cache = new Map<string, { at: number; value: Promise<unknown> }>()

export function cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key)
  if (hit && Date.now() - hit.at < ttlMs) return hit.value as Promise<T>
  const value = load()
  cache.set(key, { at: Date.now(), value })
  value.catch(() => cache.delete(key))
  return value
}
