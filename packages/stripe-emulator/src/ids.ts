// Identifiers in Stripe's style: a type prefix, an underscore and random base62 characters.
import { randomBytes } from "node:crypto"

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

export function randomString(length: number): string {
  const bytes = randomBytes(length)
  let out = ""
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length]
  return out
}

/** `newId("pi")` -> `pi_3Qx...` (24 characters after the prefix, like Stripe's). */
export function newId(prefix: string): string {
  return `${prefix}_${randomString(24)}`
}

export function newRequestId(): string {
  return `req_${randomString(14)}`
}

export function newWebhookSecret(): string {
  return `whsec_${randomString(32)}`
}

export function newClientSecret(id: string): string {
  return `${id}_secret_${randomString(25)}`
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000)
}
