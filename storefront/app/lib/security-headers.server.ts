import { randomBytes } from "node:crypto"
import type { StorefrontConfig } from "./config.server"

/** What the policy depends on: where the shop talks to, how it takes cards, and the request's script nonce. */
export type SecurityContext = {
  backendUrl: string
  stripe: StorefrontConfig["stripe"]
  production: boolean
  /** Where product photos are served from besides the backend (StorefrontConfig.imageOrigins). */
  imageOrigins?: string[]
}

// Stripe.js and the frames it opens (card fields, 3-D Secure), as Stripe documents them; only with a real key.
const STRIPE = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
  img: ["https://*.stripe.com"],
}

const originOf = (url: string) => {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/** A fresh nonce for one response's inline scripts (React Router's hydration data and React's own). */
export const newNonce = () => randomBytes(16).toString("base64")

/**
 * The Content-Security-Policy of a page. Scripts: the shop's own files and inline scripts carrying this
 * response's nonce, nothing else. The browser talks only to the shop, the backend (its images too) and the card
 * service: Stripe's origins when a real publishable key is configured, the local emulator's otherwise. No one
 * may frame the shop.
 */
export function contentSecurityPolicy(context: SecurityContext, nonce: string): string {
  const backend = originOf(context.backendUrl)
  const emulator = context.stripe?.emulatorUrl ? originOf(context.stripe.emulatorUrl) : null
  const realStripe = Boolean(context.stripe && !context.stripe.emulatorUrl)
  const list = (...values: (string | null | false | string[])[]) =>
    [...new Set(values.flat().filter((value): value is string => Boolean(value)))].join(" ")
  const directives: [string, string][] = [
    ["default-src", "'self'"],
    ["script-src", list("'self'", `'nonce-${nonce}'`, realStripe && STRIPE.script)],
    // While developing, Vite injects imported stylesheets as <style> elements; the built shop links files only.
    ["style-src", context.production ? "'self'" : "'self' 'unsafe-inline'"],
    ["img-src", list("'self'", "data:", backend, context.imageOrigins ?? [], realStripe && STRIPE.img)],
    ["font-src", "'self' data:"],
    // Vite's live reload talks over a websocket while developing.
    [
      "connect-src",
      list("'self'", backend, emulator, realStripe && STRIPE.connect, !context.production && "ws: wss:"),
    ],
    ["frame-src", realStripe ? list(STRIPE.frame) : "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
    ["base-uri", "'self'"],
    ["object-src", "'none'"],
  ]
  return directives.map(([name, value]) => `${name} ${value}`).join("; ")
}

/** The headers every response of the shop carries; HSTS only in production (where the shop is served over TLS). */
export function baseSecurityHeaders(context: SecurityContext): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    ...(context.production ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  }
}

/** Sets the headers of an HTML page, its CSP with this response's nonce, on `headers`. */
export function setPageSecurityHeaders(headers: Headers, context: SecurityContext, nonce: string) {
  for (const [name, value] of Object.entries(baseSecurityHeaders(context))) headers.set(name, value)
  headers.set("Content-Security-Policy", contentSecurityPolicy(context, nonce))
  headers.set("X-Frame-Options", "DENY")
}
