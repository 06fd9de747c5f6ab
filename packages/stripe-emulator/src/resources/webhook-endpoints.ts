// Webhook endpoints: where events are delivered. The signing secret is returned on creation only, as on Stripe.
import type Stripe from "stripe"
import { invalidRequest, parameterMissing, resourceMissing } from "../errors"
import { newId, newWebhookSecret, nowSeconds } from "../ids"
import { paginate } from "../list"
import { applyMetadata, optBool, optNullableString, optString, optStringArray, reqString } from "../params"
import { type Core, route } from "../router"

export interface EndpointConfig {
  url: string
  secret?: string
  enabledEvents?: string[]
  description?: string
}

function checkUrl(url: string, param = "url"): string {
  try {
    const parsed = new URL(url)
    if (parsed.protocol === "http:" || parsed.protocol === "https:") return url
  } catch {}
  throw invalidRequest(`Invalid URL: ${url}`, { code: "url_invalid", param })
}

export function addEndpoint(core: Core, config: EndpointConfig): Stripe.WebhookEndpoint {
  const endpoint: Stripe.WebhookEndpoint = {
    id: newId("we"),
    object: "webhook_endpoint",
    api_version: core.settings.apiVersion,
    application: null,
    created: nowSeconds(),
    description: config.description ?? null,
    enabled_events: config.enabledEvents?.length ? config.enabledEvents : ["*"],
    livemode: false,
    metadata: {},
    secret: config.secret ?? newWebhookSecret(),
    status: "enabled",
    url: checkUrl(config.url),
  }
  core.store.webhookEndpoints.set(endpoint.id, endpoint)
  return endpoint
}

/** The endpoint as retrieve/list show it: without its secret. */
function publicView(endpoint: Stripe.WebhookEndpoint): Stripe.WebhookEndpoint {
  const { secret: _secret, ...rest } = endpoint
  return rest
}

function getEndpoint(core: Core, id: string): Stripe.WebhookEndpoint {
  const endpoint = core.store.webhookEndpoints.get(id)
  if (!endpoint) throw resourceMissing("webhook_endpoint", id)
  return endpoint
}

export const webhookEndpointRoutes = [
  route("POST", "/v1/webhook_endpoints", (req, core) => {
    const enabledEvents = optStringArray(req.params, "enabled_events")
    if (!enabledEvents?.length) {
      throw parameterMissing("enabled_events")
    }
    const endpoint = addEndpoint(core, {
      url: reqString(req.params, "url"),
      enabledEvents,
      description: optString(req.params, "description"),
    })
    endpoint.metadata = applyMetadata({}, req.params)
    return endpoint
  }),
  route("GET", "/v1/webhook_endpoints/:id", (req, core) =>
    publicView(getEndpoint(core, req.pathParams.id ?? "")),
  ),
  route("POST", "/v1/webhook_endpoints/:id", (req, core) => {
    const endpoint = getEndpoint(core, req.pathParams.id ?? "")
    const url = optString(req.params, "url")
    if (url) endpoint.url = checkUrl(url)
    const enabledEvents = optStringArray(req.params, "enabled_events")
    if (enabledEvents?.length) endpoint.enabled_events = enabledEvents
    const disabled = optBool(req.params, "disabled")
    if (disabled !== undefined) endpoint.status = disabled ? "disabled" : "enabled"
    const description = optNullableString(req.params, "description")
    if (description !== undefined) endpoint.description = description
    endpoint.metadata = applyMetadata(endpoint.metadata, req.params)
    return publicView(endpoint)
  }),
  route("DELETE", "/v1/webhook_endpoints/:id", (req, core) => {
    const endpoint = getEndpoint(core, req.pathParams.id ?? "")
    core.store.webhookEndpoints.delete(endpoint.id)
    return {
      id: endpoint.id,
      object: "webhook_endpoint",
      deleted: true,
    } satisfies Stripe.DeletedWebhookEndpoint
  }),
  route("GET", "/v1/webhook_endpoints", (req, core) =>
    paginate([...core.store.webhookEndpoints.values()].map(publicView), req.params, "/v1/webhook_endpoints"),
  ),
]
