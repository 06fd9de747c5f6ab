// Stripe's list envelope and cursor pagination (limit, starting_after, ending_before), newest first.
import { invalidRequest } from "./errors"
import { optInt, optString, type Params } from "./params"

export interface ListEnvelope<T> {
  object: "list"
  data: T[]
  has_more: boolean
  url: string
}

/** `items` in creation order (oldest first), as the store's maps keep them. */
export function paginate<T extends { id: string }>(
  items: Iterable<T>,
  params: Params,
  url: string,
): ListEnvelope<T> {
  const newestFirst = [...items].reverse()
  const limit = optInt(params, "limit", { min: 1, max: 100 }) ?? 10
  const startingAfter = optString(params, "starting_after")
  const endingBefore = optString(params, "ending_before")
  if (startingAfter && endingBefore) {
    throw invalidRequest("You may only specify one of these parameters: ending_before, starting_after.", {
      param: "ending_before",
    })
  }
  const cursorIndex = (id: string, param: string) => {
    const index = newestFirst.findIndex((item) => item.id === id)
    if (index === -1) throw invalidRequest(`No such object: '${id}'`, { code: "resource_missing", param })
    return index
  }
  if (endingBefore) {
    const end = cursorIndex(endingBefore, "ending_before")
    const start = Math.max(0, end - limit)
    return { object: "list", data: newestFirst.slice(start, end), has_more: start > 0, url }
  }
  const start = startingAfter ? cursorIndex(startingAfter, "starting_after") + 1 : 0
  const data = newestFirst.slice(start, start + limit)
  return { object: "list", data, has_more: start + limit < newestFirst.length, url }
}
