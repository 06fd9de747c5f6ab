// API keys: any test secret key (sk_test_..., rk_test_...) is accepted; a publishable key (pk_test_...) only
// where Stripe.js uses it. Missing or other keys get Stripe's 401.
import type { IncomingMessage } from "node:http"
import { authenticationError } from "./errors"

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function redact(key: string): string {
  return key.length > 12 ? `${key.slice(0, 8)}${"*".repeat(key.length - 12)}${key.slice(-4)}` : key
}

/** The API key of a request: Bearer (what the SDK sends) or Basic (curl -u sk_test_...:). */
export function apiKey(req: IncomingMessage, method: string, path: string): string {
  const authorization = header(req, "authorization") ?? ""
  let key = ""
  const [scheme, credentials = ""] = authorization.trim().split(/\s+/, 2)
  if (scheme?.toLowerCase() === "bearer") key = credentials
  else if (scheme?.toLowerCase() === "basic") {
    key = Buffer.from(credentials, "base64").toString("utf8").split(":")[0] ?? ""
  }
  if (!key) {
    throw authenticationError(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    )
  }
  if (key.startsWith("sk_test_") || key.startsWith("rk_test_")) return key
  if (key.startsWith("pk_test_")) {
    // Stripe.js creates payment methods with the publishable key; nothing else may use it.
    if (method === "POST" && path === "/v1/payment_methods") return key
    throw authenticationError(
      "This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.",
    )
  }
  throw authenticationError(`Invalid API Key provided: ${redact(key)}`)
}
