// Stripe's request encoding: application/x-www-form-urlencoded with bracketed keys for nesting,
// `a[b][c]=1` -> { a: { b: { c: "1" } } }, and arrays as `a[]=x` or `a[0]=x`. Every leaf stays a string;
// the parameter readers (params.ts) convert and validate.

export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"])

function decode(text: string): string {
  const spaced = text.replace(/\+/g, " ")
  try {
    return decodeURIComponent(spaced)
  } catch {
    return spaced
  }
}

/** `a[b][]` -> ["a", "b", ""]; a key with unbalanced brackets is taken literally. */
function splitKey(key: string): string[] {
  const open = key.indexOf("[")
  if (open <= 0) return [key]
  const segments = [key.slice(0, open)]
  const rest = key.slice(open)
  const pattern = /\[([^[\]]*)\]/g
  let consumed = 0
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    if (match.index !== consumed) return [key]
    segments.push(match[1] ?? "")
    consumed = pattern.lastIndex
  }
  return consumed === rest.length ? segments : [key]
}

type Node = { [key: string]: Node | string }

function assign(root: Node, segments: string[], value: string): void {
  let node = root
  for (let i = 0; i < segments.length; i++) {
    let segment = segments[i] as string
    if (FORBIDDEN_KEYS.has(segment)) return
    // `[]` appends: the next free index of this container.
    if (segment === "") segment = String(Object.keys(node).length)
    if (i === segments.length - 1) {
      node[segment] = value
      return
    }
    const next = node[segment]
    if (typeof next === "object") {
      node = next
    } else {
      const created: Node = {}
      node[segment] = created
      node = created
    }
  }
}

/** Objects keyed only by indexes become arrays, in index order; metadata keeps its keys as they are. */
function finish(node: Node | string, parentKey: string | null): FormValue {
  if (typeof node === "string") return node
  const keys = Object.keys(node)
  const isArray =
    parentKey !== "metadata" && keys.length > 0 && keys.every((key) => /^(0|[1-9]\d*)$/.test(key))
  if (isArray) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => finish(node[String(index)] as Node | string, null))
  }
  const out: FormObject = {}
  for (const key of keys) out[key] = finish(node[key] as Node | string, key)
  return out
}

export function parseForm(body: string): FormObject {
  const root: Node = {}
  for (const pair of body.split("&")) {
    if (!pair) continue
    const eq = pair.indexOf("=")
    const rawKey = eq === -1 ? pair : pair.slice(0, eq)
    const rawValue = eq === -1 ? "" : pair.slice(eq + 1)
    const key = decode(rawKey)
    if (!key) continue
    assign(root, splitKey(key), decode(rawValue))
  }
  return finish(root, null) as FormObject
}

/** The request body as parameters: form-encoded (Stripe's own) or JSON (convenient for the emulator-only routes). */
export function parseBody(contentType: string | undefined, raw: string): FormObject {
  if (!raw.trim()) return {}
  if (contentType?.toLowerCase().includes("application/json")) {
    const parsed: unknown = JSON.parse(raw)
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new SyntaxError("The JSON body must be an object")
    }
    return parsed as FormObject
  }
  return parseForm(raw)
}
