import type { JsonSchema } from "./routes"

/**
 * Values that a route's own validator (its zod schema, written as JSON Schema by route-inventory.ts) accepts, so a
 * request is refused for the one thing a test changes and nothing else. `confident` is false where the schema
 * has a rule this cannot satisfy for sure (an unknown pattern, a shape zod could not describe): a test then only
 * asks that a field be named, not which.
 */
export type Made = { value: unknown; confident: boolean }

const PATTERN_CANDIDATES = [
  "aramex",
  "TRACK12345",
  "2026-01-15",
  "2026-01-15T10:00:00Z",
  "9861234567",
  "0791234567",
  "+962791234567",
  "fuzz@example.com",
  "abc",
  "a",
  "hello_world",
]

export const isObjectSchema = (schema: JsonSchema | undefined): schema is JsonSchema =>
  !!schema && typeof schema === "object" && (schema.type === "object" || !!schema.properties)

/** The JSON types a schema allows ("any" when it says nothing). */
export function typesOf(schema: JsonSchema): string[] {
  const options = schema.anyOf ?? schema.oneOf
  if (options) return [...new Set(options.flatMap(typesOf))]
  if (schema.enum) return [...new Set(schema.enum.map((value) => (value === null ? "null" : typeof value)))]
  if (schema.const !== undefined) return [schema.const === null ? "null" : typeof schema.const]
  if (schema.type === undefined) return isObjectSchema(schema) ? ["object"] : ["any"]
  return [schema.type].flat().map((type) => (type === "integer" ? "number" : type))
}

/** A free-text field: any words fit (so Arabic, emoji and the RTL override are valid input there). */
export const isFreeText = (schema: JsonSchema) =>
  typesOf(schema).includes("string") &&
  !schema.enum &&
  !schema.pattern &&
  !schema.format &&
  schema.const === undefined

export function validValue(schema: JsonSchema): Made {
  const options = schema.anyOf ?? schema.oneOf
  if (options) {
    const choice = options.find((option) => !typesOf(option).includes("null")) ?? options[0]
    return choice ? validValue(choice) : { value: null, confident: false }
  }
  if (schema.const !== undefined) return { value: schema.const, confident: true }
  if (schema.enum?.length) return { value: schema.enum[0], confident: true }
  const [type] = typesOf(schema)
  switch (type) {
    case "string":
      return validString(schema)
    case "number": {
      const integer = schema.type === "integer"
      const low =
        schema.minimum ??
        (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : 0.5) : undefined)
      const high = schema.maximum ?? schema.exclusiveMaximum
      const value = low ?? (high !== undefined ? Math.min(1, high) : 1)
      return { value: integer ? Math.ceil(value) : value, confident: true }
    }
    case "boolean":
      return { value: true, confident: true }
    case "array": {
      const min = (schema as { minItems?: number }).minItems ?? 0
      if (!min) return { value: [], confident: true }
      const item = schema.items ? validValue(schema.items) : { value: "x", confident: false }
      return { value: Array.from({ length: min }, () => item.value), confident: item.confident }
    }
    case "object":
      return validObject(schema)
    case "null":
      return { value: null, confident: true }
    default:
      return { value: "x", confident: false }
  }
}

function validString(schema: JsonSchema): Made {
  if (schema.format === "email") return { value: "fuzz@example.com", confident: true }
  if (schema.format === "date-time") return { value: new Date().toISOString(), confident: true }
  if (schema.format === "uri" || schema.format === "url")
    return { value: "https://example.com/x", confident: true }
  const min = schema.minLength ?? 0
  const max = schema.maxLength ?? Number.POSITIVE_INFINITY
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern, "u")
    const fits = PATTERN_CANDIDATES.find(
      (candidate) => pattern.test(candidate) && candidate.length >= min && candidate.length <= max,
    )
    return fits ? { value: fits, confident: true } : { value: "abc", confident: false }
  }
  const value = "Fuzz text".padEnd(Math.max(min, 1), "x").slice(0, Math.max(min, Math.min(max, 9)))
  return { value, confident: true }
}

/** Every property (optional ones too) set to a value its schema accepts. */
export function validObject(schema: JsonSchema): Made {
  let confident = true
  const value: Record<string, unknown> = {}
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const made = validValue(property)
    // `{}`: zod could not describe it (a preprocess or a custom check): any value may be refused.
    if (typesOf(property).includes("any")) confident = false
    confident &&= made.confident
    value[key] = made.value
  }
  return { value, confident }
}
