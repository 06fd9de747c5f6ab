// `expand[]=payment_method`, `expand[]=latest_charge.customer`, `expand[]=data.customer` on lists:
// replace an id with the object it names, on a copy of the response.
import { invalidRequest } from "./errors"

export type Lookup = (id: string) => unknown

function expandNode(node: unknown, segments: string[], path: string, lookup: Lookup): unknown {
  if (segments.length === 0) return node
  if (Array.isArray(node)) return node.map((item) => expandNode(item, segments, path, lookup))
  if (node === null || typeof node !== "object") return node
  const record = node as Record<string, unknown>
  const [head, ...rest] = segments as [string, ...string[]]
  if (!(head in record))
    throw invalidRequest(`This property cannot be expanded (${path}).`, { param: "expand" })
  let child = record[head]
  if (typeof child === "string") {
    const found = lookup(child)
    if (found === undefined) {
      if (rest.length === 0) return node
      throw invalidRequest(`This property cannot be expanded (${path}).`, { param: "expand" })
    }
    child = structuredClone(found)
  }
  record[head] = expandNode(child, rest, path, lookup)
  return node
}

export function expandResponse(body: unknown, paths: string[], lookup: Lookup): unknown {
  if (paths.length === 0) return body
  let copy = structuredClone(body)
  for (const path of paths) copy = expandNode(copy, path.split("."), path, lookup)
  return copy
}
