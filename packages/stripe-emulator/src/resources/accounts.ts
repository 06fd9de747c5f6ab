// Connect accounts (Express, Custom, Standard). New accounts start with requirements due and capabilities
// inactive; finishing onboarding on the emulator's account-link page (or POST /_emulator/accounts/:id/onboard)
// activates them and sends account.updated.
import type Stripe from "stripe"
import { previousAttributes } from "../events"
import { newId, nowSeconds } from "../ids"
import { paginate } from "../list"
import { getAccount } from "../lookup"
import { applyMetadata, optEnum, optObject, optString, type Params } from "../params"
import { type Core, type Origin, route } from "../router"

const TYPES = ["custom", "express", "standard"] as const
const BUSINESS_TYPES = ["company", "government_entity", "individual", "non_profit"] as const

const CURRENCY_BY_COUNTRY: Record<string, string> = {
  AE: "aed",
  GB: "gbp",
  JO: "jod",
  SA: "sar",
  US: "usd",
}

const DUE_AT_SIGNUP = [
  "business_profile.mcc",
  "business_profile.url",
  "business_type",
  "external_account",
  "tos_acceptance.date",
  "tos_acceptance.ip",
]

function requirements(due: string[]): Stripe.Account.Requirements {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: due,
    disabled_reason: due.length > 0 ? "requirements.past_due" : null,
    errors: [],
    eventually_due: due,
    past_due: due,
    pending_verification: [],
  }
}

function requestedCapabilities(
  params: Params | null | undefined,
  onboarded: boolean,
): Stripe.Account.Capabilities {
  const capabilities: Record<string, "active" | "inactive"> = {}
  for (const [name, value] of Object.entries(params ?? {})) {
    const requested = typeof value === "object" && value !== null && (value as Params).requested
    if (requested === "true" || requested === true) capabilities[name] = onboarded ? "active" : "inactive"
  }
  return capabilities as Stripe.Account.Capabilities
}

function businessProfile(params: Params | null | undefined, current?: Stripe.Account.BusinessProfile | null) {
  const text = (name: string, fallback: string | null | undefined) =>
    (params ? optString(params, name, "business_profile") : undefined) ?? fallback ?? null
  return {
    mcc: text("mcc", current?.mcc),
    minority_owned_business_designation: null,
    name: text("name", current?.name),
    product_description: text("product_description", current?.product_description),
    specified_commercial_transactions_act_url: null,
    support_address: null,
    support_email: text("support_email", current?.support_email),
    support_phone: text("support_phone", current?.support_phone),
    support_url: text("support_url", current?.support_url),
    url: text("url", current?.url),
  } satisfies Stripe.Account.BusinessProfile
}

export function createAccount(core: Core, params: Params): Stripe.Account {
  const type = optEnum(params, "type", TYPES) ?? "standard"
  const country = (optString(params, "country") ?? "US").toUpperCase()
  const id = newId("acct")
  const account: Stripe.Account = {
    id,
    object: "account",
    business_profile: businessProfile(optObject(params, "business_profile")),
    business_type: optEnum(params, "business_type", BUSINESS_TYPES) ?? null,
    capabilities: requestedCapabilities(optObject(params, "capabilities"), false),
    charges_enabled: false,
    controller: {
      fees: { payer: type === "standard" ? "account" : "application" },
      is_controller: true,
      losses: { payments: type === "standard" ? "stripe" : "application" },
      requirement_collection: type === "custom" ? "application" : "stripe",
      stripe_dashboard: { type: type === "standard" ? "full" : type === "express" ? "express" : "none" },
      type: "application",
    },
    country,
    created: nowSeconds(),
    default_currency: optString(params, "default_currency") ?? CURRENCY_BY_COUNTRY[country] ?? "usd",
    details_submitted: false,
    email: optString(params, "email") ?? null,
    external_accounts: {
      object: "list",
      data: [],
      has_more: false,
      url: `/v1/accounts/${id}/external_accounts`,
    },
    future_requirements: requirements([]),
    metadata: applyMetadata({}, params),
    payouts_enabled: false,
    requirements: requirements(DUE_AT_SIGNUP),
    tos_acceptance: { date: null, ip: null, user_agent: null },
    type,
  }
  core.store.accounts.set(id, account)
  return account
}

/** Everything the hosted onboarding would collect has been provided: the account can take payments. */
export function completeOnboarding(
  core: Core,
  account: Stripe.Account,
  origin: Origin | null,
): Stripe.Account {
  const before = structuredClone(account)
  const capabilities = { ...(account.capabilities ?? {}) } as Record<string, string>
  if (Object.keys(capabilities).length === 0) {
    capabilities.card_payments = "active"
    capabilities.transfers = "active"
  }
  for (const name of Object.keys(capabilities)) capabilities[name] = "active"
  account.capabilities = capabilities as Stripe.Account.Capabilities
  account.details_submitted = true
  account.charges_enabled = true
  account.payouts_enabled = true
  account.requirements = requirements([])
  account.business_type ??= "individual"
  account.tos_acceptance = { date: nowSeconds(), ip: "127.0.0.1", user_agent: "usra-stripe-emulator" }
  core.events.emit("account.updated", account, origin, {
    previous: previousAttributes(before, account),
    account: account.id,
  })
  return account
}

function updateAccount(core: Core, account: Stripe.Account, params: Params, origin: Origin): Stripe.Account {
  const before = structuredClone(account)
  const email = optString(params, "email")
  if (email !== undefined) account.email = email || null
  const profile = optObject(params, "business_profile")
  if (profile) account.business_profile = businessProfile(profile, account.business_profile)
  const businessType = optEnum(params, "business_type", BUSINESS_TYPES)
  if (businessType) account.business_type = businessType
  const currency = optString(params, "default_currency")
  if (currency) account.default_currency = currency.toLowerCase()
  const capabilities = optObject(params, "capabilities")
  if (capabilities) {
    account.capabilities = {
      ...(account.capabilities ?? {}),
      ...requestedCapabilities(capabilities, account.details_submitted),
    }
  }
  account.metadata = applyMetadata(account.metadata ?? {}, params)
  const previous = previousAttributes(before, account)
  if (Object.keys(previous).length > 0) {
    core.events.emit("account.updated", account, origin, { previous, account: account.id })
  }
  return account
}

/** The platform's own account (GET /v1/account). */
function platformAccount(): Stripe.Account {
  return {
    id: "acct_emulatorplatform",
    object: "account",
    business_profile: businessProfile({ name: "Usra (emulated Stripe platform)" }),
    charges_enabled: true,
    country: "JO",
    default_currency: "jod",
    details_submitted: true,
    email: null,
    payouts_enabled: true,
    type: "standard",
  }
}

export const accountRoutes = [
  route("POST", "/v1/accounts", (req, core) => createAccount(core, req.params)),
  route("GET", "/v1/account", () => platformAccount()),
  route("GET", "/v1/accounts/:id", (req, core) => getAccount(core.store, req.pathParams.id ?? "")),
  route("POST", "/v1/accounts/:id", (req, core) =>
    updateAccount(core, getAccount(core.store, req.pathParams.id ?? ""), req.params, req),
  ),
  route("DELETE", "/v1/accounts/:id", (req, core) => {
    const account = getAccount(core.store, req.pathParams.id ?? "")
    core.store.accounts.delete(account.id)
    return { id: account.id, object: "account", deleted: true } satisfies Stripe.DeletedAccount
  }),
  route("GET", "/v1/accounts", (req, core) =>
    paginate(core.store.accounts.values(), req.params, "/v1/accounts"),
  ),
  route("POST", "/v1/accounts/:id/login_links", (req, core) => {
    const account = getAccount(core.store, req.pathParams.id ?? "")
    return {
      object: "login_link",
      created: nowSeconds(),
      url: `${req.baseUrl}/_emulator/dashboard/${account.id}`,
    } satisfies Stripe.LoginLink
  }),
]
