// Emulator-only endpoints under /_emulator (no API key): finish 3-D Secure, open disputes, finish Connect
// onboarding, inspect and resend webhook deliveries, inject faults, reset.
import { invalidRequest, resourceMissing, unexpectedState } from "./errors"
import type { FaultInjector } from "./faults"
import { getAccount, getCharge, getPaymentIntent } from "./lookup"
import { formatAmount } from "./money"
import { authenticationDonePage, messagePage, onboardingPage, threeDSecurePage } from "./pages"
import { optEnum, optInt, optString } from "./params"
import { completeAuthentication } from "./payment-flow"
import { completeOnboarding } from "./resources/accounts"
import { openDispute } from "./resources/disputes"
import {
  type ApiRequest,
  type Core,
  htmlResponse,
  type Origin,
  type Route,
  redirectResponse,
  route,
} from "./router"
import type { WebhookDispatcher } from "./webhooks"

export interface EmulatorCore extends Core {
  webhooks: WebhookDispatcher
  faults: FaultInjector
  reset(): void
}

type EmulatorHandler = (request: ApiRequest, core: EmulatorCore) => unknown

function emulatorRoute(method: string, pattern: string, handler: EmulatorHandler): Route {
  return route(method, pattern, (request, core) => handler(request, core as EmulatorCore))
}

const CUSTOMER: Origin = { requestId: null, idempotencyKey: null }

function withQuery(url: string, query: Record<string, string>): string {
  const target = new URL(url)
  for (const [key, value] of Object.entries(query)) target.searchParams.set(key, value)
  return target.toString()
}

const wantsRedirect = (request: ApiRequest) => optString(request.params, "redirect") === "1"

export const emulatorRoutes: Route[] = [
  emulatorRoute("GET", "/_emulator/health", () => ({ ok: true })),

  emulatorRoute("GET", "/_emulator/3ds/:id", (req, core) => {
    const intent = core.store.paymentIntents.get(req.pathParams.id ?? "")
    if (!intent) return htmlResponse(messagePage("Payment not found", "There is no such payment."), 404)
    if (intent.status !== "requires_action") {
      return htmlResponse(
        messagePage("Nothing to authenticate", "This payment does not need authentication.", intent.status),
      )
    }
    const paymentMethod = core.store.paymentMethods.get(String(intent.payment_method))
    return htmlResponse(
      threeDSecurePage({
        intentId: intent.id,
        amount: formatAmount(intent.amount, intent.currency),
        last4: paymentMethod?.card?.last4 ?? null,
      }),
    )
  }),

  emulatorRoute("POST", "/_emulator/payment_intents/:id/authenticate", (req, core) => {
    const intent = getPaymentIntent(core.store, req.pathParams.id ?? "")
    const result = optEnum(req.params, "result", ["succeed", "fail"] as const) ?? "succeed"
    if (intent.status !== "requires_action") {
      throw unexpectedState(
        `This PaymentIntent has a status of ${intent.status}; only a PaymentIntent that requires_action can be authenticated.`,
        structuredClone(intent),
      )
    }
    const returnUrl = intent.next_action?.redirect_to_url?.return_url ?? null
    completeAuthentication(core, intent, result === "succeed", { origin: CUSTOMER, baseUrl: req.baseUrl })
    if (!wantsRedirect(req)) return intent
    if (!returnUrl) return htmlResponse(authenticationDonePage(intent.status))
    return redirectResponse(
      withQuery(returnUrl, {
        payment_intent: intent.id,
        payment_intent_client_secret: intent.client_secret ?? "",
        redirect_status: intent.status === "requires_payment_method" ? "failed" : "succeeded",
      }),
    )
  }),

  emulatorRoute("POST", "/_emulator/charges/:id/dispute", (req, core) => {
    const charge = getCharge(core.store, req.pathParams.id ?? "")
    return openDispute(
      core,
      charge,
      { amount: optInt(req.params, "amount", { min: 1 }), reason: optString(req.params, "reason") },
      CUSTOMER,
    )
  }),

  emulatorRoute("GET", "/_emulator/account_links/:token", (req, core) => {
    const link = core.store.accountLinks.get(req.pathParams.token ?? "")
    if (!link) return htmlResponse(messagePage("Link not found", "This onboarding link does not exist."), 404)
    const account = core.store.accounts.get(link.account)
    if (!account) return htmlResponse(messagePage("Account not found", "The account no longer exists."), 404)
    if (Date.now() / 1000 > link.expires_at) {
      if (link.refresh_url) return redirectResponse(link.refresh_url)
      return htmlResponse(messagePage("Link expired", "This onboarding link has expired."), 410)
    }
    return htmlResponse(
      onboardingPage({ token: link.token, accountId: account.id, email: account.email, type: link.type }),
    )
  }),

  emulatorRoute("POST", "/_emulator/accounts/:id/onboard", (req, core) => {
    const account = getAccount(core.store, req.pathParams.id ?? "")
    const token = optString(req.params, "link")
    const link = token ? core.store.accountLinks.get(token) : undefined
    if (token && (!link || link.account !== account.id)) throw resourceMissing("account_link", token, "link")
    if (optString(req.params, "result") !== "leave") completeOnboarding(core, account, CUSTOMER)
    if (!wantsRedirect(req)) return account
    if (link) core.store.accountLinks.delete(link.token)
    if (link?.return_url) return redirectResponse(link.return_url)
    return htmlResponse(messagePage("Onboarding finished", "You can close this window."))
  }),

  emulatorRoute("GET", "/_emulator/dashboard/:id", (req, core) => {
    const account = getAccount(core.store, req.pathParams.id ?? "")
    return htmlResponse(
      messagePage(
        "Express dashboard",
        `Stand-in for the Stripe Express dashboard of ${account.id}.`,
        account.email ?? "",
      ),
    )
  }),

  emulatorRoute("GET", "/_emulator/deliveries", (req, core) => ({
    object: "list",
    data: core.webhooks.list({
      event_id: optString(req.params, "event_id"),
      event_type: optString(req.params, "event_type"),
      endpoint_id: optString(req.params, "endpoint_id"),
      status: optString(req.params, "status"),
    }),
  })),

  emulatorRoute("POST", "/_emulator/events/:id/resend", (req, core) => {
    const id = req.pathParams.id ?? ""
    const event = core.store.events.get(id)
    if (!event) throw resourceMissing("event", id)
    const endpoint = optString(req.params, "endpoint")
    if (endpoint && !core.store.webhookEndpoints.has(endpoint)) {
      throw resourceMissing("webhook_endpoint", endpoint, "endpoint")
    }
    const deliveries = core.webhooks.dispatch(event, endpoint)
    if (deliveries.length === 0) {
      throw invalidRequest(`No enabled webhook endpoint listens for ${event.type}.`, { param: "endpoint" })
    }
    return { object: "list", data: deliveries }
  }),

  emulatorRoute("POST", "/_emulator/faults", (req, core) => core.faults.add(req.params)),
  emulatorRoute("GET", "/_emulator/faults", (_req, core) => ({ object: "list", data: core.faults.list() })),
  emulatorRoute("DELETE", "/_emulator/faults", (_req, core) => {
    core.faults.clear()
    return { object: "list", data: [] }
  }),

  emulatorRoute("POST", "/_emulator/reset", (_req, core) => {
    core.reset()
    return { reset: true }
  }),
]
