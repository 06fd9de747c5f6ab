import { spawn } from "node:child_process"
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { inject } from "vitest"
import { BACKEND_DIR } from "./medusa-process"

/** A JSON Schema as zod writes it (only what the suites read). */
export type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  enum?: unknown[]
  const?: unknown
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  items?: JsonSchema
  default?: unknown
}

/** One route of ours as the server serves it, and what guards it (see route-inventory.ts). */
export type RouteInfo = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS"
  /** Express form: `/admin/families/:id/approve`. */
  path: string
  /** The route file (relative to backend/), null for an app a middleware mounts. */
  file: string | null
  area: string
  opted_out_of_auth: boolean
  served_by: string | null
  /** Another handler answers this path first: the route file is dead code (or worse, something else answers). */
  shadowed: boolean
  /** The roles every role guard on the way lets through (super_admin included), or null: no role rule at all. */
  roles: string[] | null
  any_admin_user: boolean
  role_guards: number
  auth: { actor_types: string[]; allow_unregistered: boolean; allow_unauthenticated: boolean }[]
  body_schema: JsonSchema | "dynamic" | "unrepresentable" | null
  query_schema: JsonSchema | "dynamic" | "unrepresentable" | null
  query_is_list: boolean
  body_parser: "default" | false | { sizeLimit?: string | number; preserveRawBody?: boolean }
  middlewares: string[]
}

export type RouteInventory = { routes: RouteInfo[]; mounts: RouteInfo[] }

let cached: Promise<RouteInventory> | undefined

/**
 * Every route of ours, read from the application the way Medusa's own loader reads it (a child process with the
 * same TypeScript hook as `medusa start`). Loading every route file takes several seconds, so one run of the
 * suite does it once and keeps the answer next to the run's other temporary files.
 */
export function routeInventory(): Promise<RouteInventory> {
  cached ??= load()
  return cached
}

async function load(): Promise<RouteInventory> {
  const out = path.join(tmpdir(), `usra-routes-${inject("queuePrefix")}.json`)
  if (!existsSync(out)) {
    // Earlier runs' answers, an hour old or more, are of no further use.
    for (const name of readdirSync(tmpdir()).filter((file) => /^usra-routes-.+\.json$/.test(file))) {
      const file = path.join(tmpdir(), name)
      if (Date.now() - statSync(file).mtimeMs > 3_600_000) rmSync(file, { force: true })
    }
    const script = path.join(__dirname, "route-inventory.ts")
    const child = spawn(
      process.execPath,
      [
        "-e",
        `require("ts-node").register({}); process.argv[2] = ${JSON.stringify(out)}; require(${JSON.stringify(script)})`,
      ],
      {
        cwd: BACKEND_DIR,
        env: { ...process.env, ...inject("serverEnv"), LOG_LEVEL: "error" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    )
    let log = ""
    child.stdout.on("data", (chunk) => {
      log += chunk
    })
    child.stderr.on("data", (chunk) => {
      log += chunk
    })
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve))
    if (code !== 0 || !existsSync(out))
      throw new Error(`route inventory failed (${code}):\n${log.slice(-4000)}`)
  }
  return JSON.parse(readFileSync(out, "utf8")) as RouteInventory
}

export const describeRoute = (route: Pick<RouteInfo, "method" | "path">) => `${route.method} ${route.path}`

/** The route's path params in order, each with the segment before it: `/a/families/:id/documents/:document_id`. */
export function paramsOf(routePath: string): { name: string; segment: string }[] {
  const segments = routePath.split("/")
  return segments.flatMap((segment, index) =>
    segment.startsWith(":") ? [{ name: segment.slice(1), segment: segments[index - 1] ?? "" }] : [],
  )
}

/** The path with its params filled in (each value URL-encoded). */
export function fillPath(routePath: string, values: Record<string, string>): string {
  return routePath.replace(/:(\w+)/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`no value for :${name} in ${routePath}`)
    return encodeURIComponent(value)
  })
}
