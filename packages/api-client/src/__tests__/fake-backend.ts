import { afterEach, vi } from "vitest"

export type Call = { url: URL; init: RequestInit }

/** Every `fetch` answers `status` with `body` as JSON; returns the calls made, to check what was asked. */
export function answer(status: number, body: unknown): Call[] {
  const calls: Call[] = []
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: Parameters<typeof fetch>[0], init: RequestInit = {}) => {
      calls.push({ url: new URL(String(input)), init })
      return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
    }),
  )
  return calls
}

afterEach(() => vi.unstubAllGlobals())
