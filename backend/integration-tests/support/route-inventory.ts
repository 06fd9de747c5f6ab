/**
 * A child program (run by support/routes.ts with ts-node, never imported by a test): loads the routes and the
 * middleware configuration exactly as Medusa's ApiLoader does (RoutesLoader, MiddlewareFileLoader and RoutesSorter
 * from @medusajs/framework, Medusa's own API first and then ours), replays Express's matching for every route of
 * ours, and writes what guards it as JSON to the file named by its first argument.
 *
 * Two factories are wrapped before any route file loads, so their products can be recognised afterwards:
 * `validateAndTransformBody` / `validateAndTransformQuery` keep their zod schema (written as JSON Schema), and
 * `authenticate` keeps its actor types and options. Role guards carry their roles themselves (`requireRole`).
 */
import { readdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { z } from "zod"

type Handler = ((...args: unknown[]) => unknown) & Record<string, unknown>
type Matcher = string | RegExp
type LoadedRoute = {
  isRoute: true
  matcher: string
  method: string
  handler: Handler
  absolutePath: string
  optedOutOfAuth: boolean
}
type LoadedMiddleware = { matcher: Matcher; methods?: string[] | string; handler: Handler }
type Layer = { match(path: string): boolean }

const BACKEND = path.resolve(__dirname, "../..")
const HTTP_DIR = path.dirname(require.resolve("@medusajs/framework/http"))
const MEDUSA_API = path.join(path.dirname(require.resolve("@medusajs/medusa")), "api")
const PROJECT_API = path.join(BACKEND, "src/api")
const fromHttp = (file: string) => require(path.join(HTTP_DIR, file))

function jsonSchemaOf(schema: unknown): unknown {
  if (typeof schema === "function") return "dynamic"
  try {
    return z.toJSONSchema(schema as z.ZodType, { io: "input", unrepresentable: "any" })
  } catch {
    return "unrepresentable"
  }
}

function wrapFactories() {
  const body = fromHttp("utils/validate-body.js")
  const makeBody = body.validateAndTransformBody
  body.validateAndTransformBody = (schema: unknown) =>
    Object.assign(makeBody(schema), { __bodySchema: jsonSchemaOf(schema) })
  const query = fromHttp("utils/validate-query.js")
  const makeQuery = query.validateAndTransformQuery
  query.validateAndTransformQuery = (schema: unknown, config: { isList?: boolean } = {}) =>
    Object.assign(makeQuery(schema, config), {
      __querySchema: jsonSchemaOf(schema),
      __isList: !!config?.isList,
    })
  const auth = fromHttp("middlewares/authenticate-middleware.js")
  const makeAuth = auth.authenticate
  auth.authenticate = (
    actorType: string | string[],
    authType: string | string[],
    options: Record<string, unknown> = {},
  ) =>
    Object.assign(makeAuth(actorType, authType, options), {
      __auth: {
        actor_types: [actorType].flat(),
        allow_unregistered: !!options.allowUnregistered,
        allow_unauthenticated: !!options.allowUnauthenticated,
      },
    })
}

/** Express 4's own matcher (the one Medusa's app uses): `use` matches a prefix, a method route the whole path. */
function expressLayer(matcher: Matcher, end: boolean): Layer {
  const express = require.resolve("express", { paths: [HTTP_DIR] })
  const LayerClass = require(path.join(path.dirname(express), "lib/router/layer.js"))
  return new LayerClass(matcher, { sensitive: false, strict: false, end }, () => undefined)
}

const methodsOf = (entry: LoadedMiddleware) =>
  entry.methods === undefined ? undefined : [entry.methods].flat().map((m) => String(m).toUpperCase())

async function main() {
  const out = process.argv[2]
  if (!out) throw new Error("usage: route-inventory <output.json>")
  wrapFactories()
  // The server loads the modules before any route; route files imported first would meet import cycles
  // (a module's job registry reaches workflows that import the module back) half-initialised.
  const modules = path.join(BACKEND, "src/modules")
  for (const name of readdirSync(modules)) require(path.join(modules, name))
  const { RoutesLoader } = fromHttp("routes-loader.js")
  const { MiddlewareFileLoader } = fromHttp("middleware-file-loader.js")
  const { RoutesSorter } = fromHttp("routes-sorter.js")
  const { RoutesFinder } = fromHttp("routes-finder.js")

  const routesLoader = new RoutesLoader()
  const medusaMiddlewares = new MiddlewareFileLoader()
  const ourMiddlewares = new MiddlewareFileLoader()
  await routesLoader.scanDir(MEDUSA_API)
  await medusaMiddlewares.scanDir(MEDUSA_API)
  await routesLoader.scanDir(PROJECT_API)
  await ourMiddlewares.scanDir(PROJECT_API)
  const routes = routesLoader.getRoutes() as LoadedRoute[]
  const middlewares = [
    ...medusaMiddlewares.getMiddlewares(),
    ...ourMiddlewares.getMiddlewares(),
  ] as LoadedMiddleware[]
  const sorted = new RoutesSorter([...middlewares, ...routes]).sort() as (LoadedRoute | LoadedMiddleware)[]
  const bodyParsers = new RoutesFinder(
    new RoutesSorter([
      ...medusaMiddlewares.getBodyParserConfigRoutes(),
      ...ourMiddlewares.getBodyParserConfigRoutes(),
    ]).sort(["static", "params", "regex", "wildcard", "global"]),
  )

  const layers = new Map<unknown, Layer>()
  const layerOf = (entry: LoadedRoute | LoadedMiddleware, end: boolean) => {
    let layer = layers.get(entry)
    if (!layer) {
      layer = expressLayer(entry.matcher, end)
      layers.set(entry, layer)
    }
    return layer
  }

  /** What Express runs for a request: the middlewares in registration order, up to the first route that matches. */
  function dispatch(method: string, concretePath: string) {
    const ran: Handler[] = []
    for (const entry of sorted) {
      if ("isRoute" in entry) {
        if (entry.method === method && layerOf(entry, true).match(concretePath)) return { ran, served: entry }
        continue
      }
      const methods = methodsOf(entry)
      const matches = methods
        ? methods.includes(method) && layerOf(entry, true).match(concretePath)
        : layerOf(entry, false).match(concretePath)
      if (matches) ran.push(entry.handler)
    }
    return { ran, served: undefined }
  }

  const describe = (method: string, matcher: string, file: string | null, optedOutOfAuth: boolean) => {
    // A value no static segment uses, so the route's own params decide the match.
    const concretePath = matcher.replace(/:(\w+)/g, "zz$1zz")
    const { ran, served } = dispatch(method, concretePath)
    const roleGuards = ran.filter((handler) => Array.isArray(handler.roles))
    const roles = roleGuards.length
      ? [
          ...new Set(
            roleGuards
              .map((handler) => handler.roles as string[])
              .reduce((kept, next) => kept.filter((role) => next.includes(role))),
          ),
        ]
      : null
    const last = <T>(key: string) =>
      [...ran].reverse().find((handler) => key in handler)?.[key] as T | undefined
    const parser = bodyParsers.find(concretePath, method) as { config?: unknown } | undefined
    return {
      method,
      path: matcher,
      file,
      area: matcher.split("/")[1] ?? "",
      opted_out_of_auth: optedOutOfAuth,
      served_by: served
        ? `${served.method} ${served.matcher} (${path.relative(BACKEND, served.absolutePath)})`
        : null,
      shadowed: file !== null && (!served || served.absolutePath !== path.join(BACKEND, file)),
      roles,
      any_admin_user: ran.some((handler) => handler.anyAdminUser === true),
      role_guards: roleGuards.length,
      auth: ran.filter((handler) => "__auth" in handler).map((handler) => handler.__auth),
      body_schema: last("__bodySchema") ?? null,
      query_schema: last("__querySchema") ?? null,
      query_is_list: last<boolean>("__isList") ?? false,
      body_parser: parser?.config === undefined ? "default" : parser.config,
      middlewares: ran.map((handler) => handler.name || "anonymous"),
    }
  }

  const ours = routes.filter((route) => route.absolutePath.startsWith(PROJECT_API))
  const described = ours.map((route) =>
    describe(route.method, route.matcher, path.relative(BACKEND, route.absolutePath), route.optedOutOfAuth),
  )
  // Apps mounted by a middleware of ours at a plain path that no route file serves (the queue dashboard).
  const mounts = [
    ...new Set(
      (ourMiddlewares.getMiddlewares() as LoadedMiddleware[])
        .map((entry) => entry.matcher)
        .filter((matcher): matcher is string => typeof matcher === "string")
        .filter((matcher) => !/[*:(]/.test(matcher))
        .filter((matcher) => ["GET", "POST"].every((method) => !dispatch(method, matcher).served)),
    ),
  ].map((matcher) => describe("GET", matcher, null, false))

  writeFileSync(out, JSON.stringify({ routes: described, mounts }, null, 2))
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
