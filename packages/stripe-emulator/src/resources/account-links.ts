// Account links: single-use URLs to the emulator's stand-in for Stripe's hosted onboarding.
import type Stripe from "stripe"
import { nowSeconds, randomString } from "../ids"
import { getAccount } from "../lookup"
import { optEnum, optString, reqString } from "../params"
import { route } from "../router"

const LINK_TYPES = ["account_onboarding", "account_update"] as const
/** Stripe's account links expire after a few minutes. */
export const ACCOUNT_LINK_TTL_SECONDS = 300

export const accountLinkRoutes = [
  route("POST", "/v1/account_links", (req, core) => {
    const account = getAccount(core.store, reqString(req.params, "account"), "account")
    const type = optEnum(req.params, "type", LINK_TYPES) ?? reqString(req.params, "type")
    const created = nowSeconds()
    const token = randomString(24)
    core.store.accountLinks.set(token, {
      token,
      account: account.id,
      type,
      refresh_url: optString(req.params, "refresh_url") ?? null,
      return_url: optString(req.params, "return_url") ?? null,
      created,
      expires_at: created + ACCOUNT_LINK_TTL_SECONDS,
    })
    return {
      object: "account_link",
      created,
      expires_at: created + ACCOUNT_LINK_TTL_SECONDS,
      url: `${req.baseUrl}/_emulator/account_links/${token}`,
    } satisfies Stripe.AccountLink
  }),
]
