// Stripe's webhook signature: `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload>">`,
// keyed with the endpoint's `whsec_...` secret, exactly what `stripe.webhooks.constructEvent` verifies.
import { createHmac } from "node:crypto"
import { nowSeconds } from "./ids"

export function computeSignature(payload: string, secret: string, timestamp: number): string {
  return createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex")
}

export function signatureHeader(payload: string, secret: string, timestamp: number = nowSeconds()): string {
  return `t=${timestamp},v1=${computeSignature(payload, secret, timestamp)}`
}
