import { createSellerClient, type SellerClient, type SellerMe, UsraApiError } from "@usra/api-client"
import { createCookie, redirect } from "react-router"
import { config } from "./config.server"
import type { Locale } from "./i18n"
import { sellPaths } from "./sell-paths"

// The family member's login lives only in this signed, HttpOnly cookie: the browser never sees the token, and
// every call to /seller/* is made by the portal's server, as the buyer's account does with usra_customer.
const secure = process.env.NODE_ENV === "production" && !process.env.STOREFRONT_INSECURE_COOKIES
const sellerCookie = createCookie("usra_seller", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure,
  maxAge: 60 * 60 * 24 * 7,
  secrets: [config().cookieSecret],
})

export function sellerApi(token?: string | null): SellerClient {
  return createSellerClient({ baseUrl: config().backendUrl, token, timeoutMs: 15_000 })
}

export async function readSellerToken(request: Request): Promise<string | null> {
  const token = await sellerCookie.parse(request.headers.get("cookie"))
  return typeof token === "string" && token ? token : null
}

export const setSellerToken = (token: string | null) =>
  token ? sellerCookie.serialize(token) : sellerCookie.serialize("", { maxAge: 0 })

function jwtPayload(token: string): { actor_id?: unknown; exp?: unknown } {
  try {
    return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))
  } catch {
    return {}
  }
}

/**
 * A login that can still be used but has no family yet (a fresh registration's token): only for choosing the page
 * to show; the backend checks the token itself on every call.
 */
export function tokenWithoutFamily(token: string): boolean {
  const payload = jwtPayload(token)
  const live = typeof payload.exp === "number" && payload.exp * 1000 > Date.now()
  return live && payload.actor_id === ""
}

export type SellerSession = { token: string; me: SellerMe; api: SellerClient }

/**
 * The signed-in member and family for a portal page; otherwise a redirect: to the login (no or expired login,
 * and the cookie is cleared) or to the registration's last step (a login without a family yet).
 */
export async function requireSeller(request: Request, locale: Locale): Promise<SellerSession> {
  const token = await readSellerToken(request)
  if (!token) throw redirect(sellPaths.login(locale))
  const client = sellerApi(token)
  try {
    return { token, me: await client.me(), api: client }
  } catch (error) {
    if (error instanceof UsraApiError && error.isUnauthorized) {
      if (tokenWithoutFamily(token)) throw redirect(sellPaths.register(locale))
      throw redirect(sellPaths.login(locale), { headers: { "set-cookie": await setSellerToken(null) } })
    }
    throw error
  }
}

const parts = (message: string) => message.replace(/^Invalid request:\s*/, "").split(/;\s+/)

const named = (part: string, field: string) =>
  new RegExp(`(^|[\\s'"(])${field.replace(".", "\\.")}(?=[\\s'":]|$)`).test(part)

/**
 * A backend validation message split per field, each in the page's language where the backend gave one: some
 * seller rules answer "english / عربي" (payout accounts), the rest English with the field's name first.
 */
export function fieldMessages(locale: Locale, message: string, fields: readonly string[]) {
  const found: Record<string, string> = {}
  for (const part of parts(message)) {
    const field = fields.find((candidate) => named(part, candidate))
    if (!field || found[field]) continue
    const [english = part, arabic] = part.split(" / ")
    const text = (locale === "ar" && arabic ? arabic : english)
      .trim()
      .replace(new RegExp(`^${field}\\s+`), "")
    found[field] = text.charAt(0).toUpperCase() + text.slice(1)
  }
  return found
}

/** The fields a validation message names. */
export const fieldsNamed = (message: string, fields: readonly string[]) =>
  Object.keys(fieldMessages("en", message, fields))
