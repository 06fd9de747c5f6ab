// Events: GET /v1/events/:id and GET /v1/events (filter by `type`, which may end in `*`, or `types[]`).
import { resourceMissing } from "../errors"
import { paginate } from "../list"
import { optString, optStringArray } from "../params"
import { route } from "../router"

function typeMatches(pattern: string, type: string): boolean {
  return pattern.endsWith("*") ? type.startsWith(pattern.slice(0, -1)) : type === pattern
}

export const eventRoutes = [
  route("GET", "/v1/events/:id", (req, core) => {
    const id = req.pathParams.id ?? ""
    const event = core.store.events.get(id)
    if (!event) throw resourceMissing("event", id)
    return event
  }),
  route("GET", "/v1/events", (req, core) => {
    const type = optString(req.params, "type")
    const types = optStringArray(req.params, "types")
    const items = [...core.store.events.values()].filter(
      (event) =>
        (!type || typeMatches(type, event.type)) && (!types || types.some((t) => typeMatches(t, event.type))),
    )
    return paginate(items, req.params, "/v1/events")
  }),
]
