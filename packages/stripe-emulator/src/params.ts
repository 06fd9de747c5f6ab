// Readers for request parameters. Form values arrive as strings (JSON bodies may carry numbers and
// booleans); each reader converts one parameter or throws Stripe's error naming it.
import {
  invalidBoolean,
  invalidEnum,
  invalidInteger,
  invalidRequest,
  invalidString,
  parameterMissing,
} from "./errors"

export type Params = Record<string, unknown>

function label(name: string, prefix?: string): string {
  return prefix ? `${prefix}[${name}]` : name
}

export function optString(params: Params, name: string, prefix?: string): string | undefined {
  const value = params[name]
  if (value === undefined) return undefined
  if (typeof value === "string") return value
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  throw invalidString(label(name, prefix))
}

export function reqString(params: Params, name: string, prefix?: string): string {
  const value = optString(params, name, prefix)
  if (value === undefined || value === "") throw parameterMissing(label(name, prefix))
  return value
}

/** Like optString, but an empty string (Stripe's way to unset a field) reads as null. */
export function optNullableString(params: Params, name: string, prefix?: string): string | null | undefined {
  const value = optString(params, name, prefix)
  return value === "" ? null : value
}

interface IntOptions {
  min?: number
  max?: number
  prefix?: string
}

export function optInt(params: Params, name: string, options: IntOptions = {}): number | undefined {
  const value = params[name]
  if (value === undefined) return undefined
  const param = label(name, options.prefix)
  let parsed: number
  if (typeof value === "number" && Number.isSafeInteger(value)) parsed = value
  else if (typeof value === "string" && /^-?\d+$/.test(value.trim()) && Number.isSafeInteger(Number(value))) {
    parsed = Number(value)
  } else throw invalidInteger(param, value)
  if (options.min !== undefined && parsed < options.min) {
    throw invalidRequest(`This value must be greater than or equal to ${options.min}.`, {
      code: "parameter_invalid_integer",
      param,
    })
  }
  if (options.max !== undefined && parsed > options.max) {
    throw invalidRequest(`This value must be less than or equal to ${options.max}.`, {
      code: "parameter_invalid_integer",
      param,
    })
  }
  return parsed
}

export function reqInt(params: Params, name: string, options: IntOptions = {}): number {
  const value = optInt(params, name, options)
  if (value === undefined) throw parameterMissing(label(name, options.prefix))
  return value
}

export function optBool(params: Params, name: string, prefix?: string): boolean | undefined {
  const value = params[name]
  if (value === undefined) return undefined
  if (value === true || value === "true") return true
  if (value === false || value === "false") return false
  throw invalidBoolean(label(name, prefix), value)
}

export function optEnum<T extends string>(
  params: Params,
  name: string,
  allowed: readonly T[],
  prefix?: string,
): T | undefined {
  const value = optString(params, name, prefix)
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) throw invalidEnum(label(name, prefix), allowed)
  return value as T
}

/** A nested hash such as `card[...]`; an empty string (unset) reads as null. */
export function optObject(params: Params, name: string, prefix?: string): Params | null | undefined {
  const value = params[name]
  if (value === undefined) return undefined
  if (value === "") return null
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Params
  throw invalidRequest(`Invalid object`, { param: label(name, prefix) })
}

export function optStringArray(params: Params, name: string): string[] | undefined {
  const value = params[name]
  if (value === undefined) return undefined
  if (value === "") return []
  const items = Array.isArray(value) ? value : typeof value === "string" ? [value] : null
  if (!items || items.some((item) => typeof item !== "string")) {
    throw invalidRequest(`Invalid array`, { param: name })
  }
  return items as string[]
}

/** Stripe's metadata update rules: keys merge in, a key set to "" is removed, `metadata=""` clears all. */
export function applyMetadata(current: Record<string, string>, params: Params): Record<string, string> {
  const value = params.metadata
  if (value === undefined) return current
  if (value === "") return {}
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalidRequest("Invalid object", { param: "metadata" })
  }
  const next = { ...current }
  for (const [key, raw] of Object.entries(value as Params)) {
    if (raw === "" || raw === null) {
      delete next[key]
      continue
    }
    if (typeof raw === "object") throw invalidString(`metadata[${key}]`)
    if (key.length > 40) {
      throw invalidRequest(`Metadata keys can have up to 40 characters, but key ${key} has ${key.length}.`, {
        param: `metadata[${key}]`,
      })
    }
    next[key] = String(raw)
  }
  if (Object.keys(next).length > 50) {
    throw invalidRequest("Metadata can have up to 50 keys.", { param: "metadata" })
  }
  return next
}

export function expandPaths(params: Params): string[] {
  return optStringArray(params, "expand") ?? []
}
