import fc from "fast-check"
import type { JsonSchema, RouteInfo } from "./routes"
import { isFreeText, isObjectSchema, typesOf, validObject, validValue } from "./schema-values"

/**
 * Bad requests for one route, derived from the route's own validators (their zod schemas as JSON Schema): every
 * case is invalid by the route's contract, so the only right answers are 4xx. The values come from fast-check
 * with a fixed seed: the same run sends the same bytes.
 */
export type BadCase = {
  name: string
  /** Query string without `?`, when the case is about the query. */
  query?: string
  /** JSON body (sent with content-type application/json). */
  body?: unknown
  /** Exact bytes with their content-type, when the case is about the bytes. */
  raw?: { text: string; type: string }
  /** Path params to use instead of the real ones. */
  params?: Record<string, string>
  /** The message must name one of these (none: no field to name). */
  names?: string[]
}

export const SEED = 20_260_509
/** Random multi-field mutations per route, on top of the table of one-field ones. */
export const RANDOM_RUNS = 3
/** Medusa's JSON body limit (express.json's default, 100 kB): a bigger body is over the server's limit. */
export const BODY_LIMIT_BYTES = 100 * 1024
/** Node refuses request heads over 16 kB before any app code runs; query strings stay under that. */
export const QUERY_HUGE = 8_000
export const BODY_HUGE = 100_000

const ARABIC = [..."ابتثجحخدذرزسشصضطظعغفقكلمنهوي"]
const EMOJI = ["😀", "🇯🇴", "👩‍👩‍👧", "🫒", "🧵", "🏺"]
const RTL_OVERRIDE = "\u202E"

const arabic = fc.string({ unit: fc.constantFrom(...ARABIC, " "), minLength: 3, maxLength: 24 })
const emoji = fc.string({ unit: fc.constantFrom(...EMOJI), minLength: 1, maxLength: 6 })
const rtl = fc
  .tuple(arabic, fc.constantFrom("gpj.exe", "fdp.js", "txt.exe"))
  .map(([a, b]) => `${a}${RTL_OVERRIDE}${b}`)
/** Arabic words, emoji, and text with a right-to-left override that makes `exe.jpg` read as `gpj.exe`. */
export const unicodeText = fc.oneof(arabic, emoji, rtl)
const negative = fc.integer({ min: -2_147_483_648, max: -1 })
const enormous = fc.constantFrom(1e21, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER * 1000, 1e308)
const unknownKey = fc
  .string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz_"), minLength: 4, maxLength: 12 })
  .map((key) => `zz_${key}`)

let sampled = 0
/** One value of the arbitrary; each call takes the next value of the seeded stream. */
function pick<T>(arbitrary: fc.Arbitrary<T>): T {
  sampled += 1
  const values = fc.sample(arbitrary, { seed: SEED + sampled, numRuns: 1 })
  return values[0] as T
}

const schemaOf = (value: RouteInfo["body_schema"]): JsonSchema | undefined =>
  value && typeof value === "object" ? value : undefined

/** A value of a JSON type the field does not take (undefined when it takes any). */
function wrongType(schema: JsonSchema): unknown {
  const types = typesOf(schema)
  if (types.includes("any")) return undefined
  if (!types.includes("number")) return 12_345
  if (!types.includes("string")) return "twelve"
  if (!types.includes("boolean")) return true
  if (!types.includes("object")) return { nested: 1 }
  return undefined
}

const allowsNull = (schema: JsonSchema) => typesOf(schema).some((type) => type === "null" || type === "any")
const isNumber = (schema: JsonSchema) => typesOf(schema).includes("number")
const isString = (schema: JsonSchema) => typesOf(schema).includes("string")
const lowest = (schema: JsonSchema) => schema.minimum ?? schema.exclusiveMinimum

/** One-field mutations of a body property: each makes the body invalid. */
function propertyMutations(key: string, schema: JsonSchema): [string, unknown][] {
  const out: [string, unknown][] = []
  const wrong = wrongType(schema)
  if (wrong !== undefined) out.push([`${key}: wrong type`, wrong])
  if (!allowsNull(schema)) out.push([`${key}: null`, null])
  if (isString(schema) && !isNumber(schema))
    out.push([`${key}: ${BODY_HUGE} characters`, "x".repeat(BODY_HUGE)])
  if (isNumber(schema) && !isString(schema)) {
    const low = lowest(schema)
    if (low === undefined || low >= 0) out.push([`${key}: negative`, pick(negative)])
    out.push([`${key}: enormous`, pick(enormous)])
    if (schema.type === "integer") out.push([`${key}: fraction`, 1.5])
  }
  // Arabic, emoji and the RTL override are words: only fields that are not free text must refuse them.
  if (!isFreeText(schema) && !typesOf(schema).includes("any"))
    out.push([`${key}: unicode text`, pick(unicodeText)])
  return out
}

export function bodyCases(route: RouteInfo): BadCase[] {
  const cases: BadCase[] = [
    { name: "malformed JSON", raw: { text: '{"name": "unterminated', type: "application/json" } },
    {
      name: "body over the server's limit",
      raw: { text: JSON.stringify({ pad: "x".repeat(BODY_LIMIT_BYTES + 10_000) }), type: "application/json" },
    },
    { name: "a JSON array", body: [1, 2, 3] },
  ]
  const schema = schemaOf(route.body_schema)
  if (!isObjectSchema(schema)) {
    // No body validator: whatever is sent must still be refused, not ignored. (A webhook's body is the sender's
    // format, checked by its adapter: it may name what it misses instead.)
    const names = route.area === "hooks" ? undefined : ["zz_unknown_field"]
    cases.push({ name: "unknown field", body: { zz_unknown_field: "x" }, names })
    return cases
  }
  const { value, confident } = validObject(schema)
  const base = value as Record<string, unknown>
  const properties = Object.keys(schema.properties ?? {})
  const named = (key: string) => (confident ? [key] : [key, ...properties])
  const field = pick(unknownKey)
  cases.push({ name: `unknown field ${field}`, body: { ...base, [field]: 1 }, names: named(field) })
  for (const key of schema.required ?? []) {
    const { [key]: _, ...rest } = base
    cases.push({ name: `${key}: missing`, body: rest, names: named(key) })
  }
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    for (const [name, bad] of propertyMutations(key, property))
      cases.push({ name, body: { ...base, [key]: bad }, names: named(key) })
    if (isObjectSchema(property) && property.properties) {
      const inner = validObject(property).value as Record<string, unknown>
      const nested = pick(unknownKey)
      cases.push({
        name: `${key}.${nested}: unknown nested field`,
        body: { ...base, [key]: { ...inner, [nested]: 1 } },
        names: confident ? [nested, key] : [nested, key, ...properties],
      })
    }
    // Words of any script are fine in a free-text field; the unknown field next to them must still be named.
    if (isFreeText(property)) {
      const other = pick(unknownKey)
      cases.push({
        name: `${key}: Arabic/emoji/RTL text beside an unknown field`,
        body: { ...base, [key]: pick(unicodeText), [other]: true },
        names: named(other),
      })
    }
  }
  // A few requests with several fields wrong at once.
  const mutable = Object.entries(schema.properties ?? {}).flatMap(([key, property]) =>
    propertyMutations(key, property).map(([name, bad]) => ({ key, name, bad })),
  )
  if (mutable.length > 1) {
    const combos = fc.sample(fc.subarray(mutable, { minLength: 2, maxLength: 3 }), {
      seed: SEED + properties.length,
      numRuns: RANDOM_RUNS,
    })
    for (const combo of combos) {
      const keys = [...new Set(combo.map((mutation) => mutation.key))]
      if (keys.length < 2) continue
      const body = { ...base }
      for (const mutation of combo) body[mutation.key] = mutation.bad
      cases.push({
        name: combo.map((mutation) => mutation.name).join(" + "),
        body,
        names: confident ? keys : properties,
      })
    }
  }
  return cases
}

const encode = (query: Record<string, unknown>) =>
  Object.entries(query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join("&")

export function queryCases(route: RouteInfo): BadCase[] {
  const schema = schemaOf(route.query_schema)
  if (!isObjectSchema(schema)) return []
  const properties = schema.properties ?? {}
  const required = schema.required ?? []
  // The required params with valid values, so each case is wrong in one way only.
  const base = Object.fromEntries(
    required.map((key) => [key, validValue(properties[key] as JsonSchema).value]),
  )
  const cases: BadCase[] = []
  const add = (name: string, key: string, value: unknown) =>
    cases.push({ name, query: encode({ ...base, [key]: value }), names: [key] })
  if (properties.limit) {
    add("limit=-1", "limit", -1)
    add("limit=1e9", "limit", "1e9")
    add("limit=abc", "limit", "abc")
  }
  if (properties.offset) add("offset=-1", "offset", -1)
  if (properties.order) add("unknown order field", "order", pick(unknownKey))
  const field = pick(unknownKey)
  add(`unknown param ${field}`, field, 1)
  for (const key of required) {
    const { [key]: _, ...rest } = base
    cases.push({ name: `${key}: missing`, query: encode(rest), names: [key] })
  }
  for (const [key, property] of Object.entries(properties)) {
    if (key === "limit" || key === "offset") continue
    if (isNumber(property) && !isString(property)) {
      add(`${key}: not a number`, key, "twelve")
      const low = lowest(property)
      if (low === undefined || low >= 0) add(`${key}: negative`, key, pick(negative))
      add(`${key}: enormous`, key, "1e21")
    }
    if (isString(property) && (property.maxLength ?? Number.POSITIVE_INFINITY) < QUERY_HUGE)
      add(`${key}: ${QUERY_HUGE} characters`, key, "x".repeat(QUERY_HUGE))
    if (!isFreeText(property) && !typesOf(property).includes("any"))
      add(`${key}: unicode text`, key, pick(unicodeText))
  }
  return cases
}

/** Each path param replaced by hostile text: a 404 or a 400 is right, never a 5xx. */
export function paramCases(routePath: string): BadCase[] {
  const names = [...routePath.matchAll(/:(\w+)/g)].map((match) => match[1] as string)
  const values = [pick(unicodeText), pick(rtl), "x".repeat(QUERY_HUGE / 2), "../../etc/passwd", "' or 1=1 --"]
  return names.flatMap((name) =>
    values.map((value) => ({
      name: `:${name} = ${JSON.stringify(value.slice(0, 24))}`,
      params: { [name]: value },
    })),
  )
}
