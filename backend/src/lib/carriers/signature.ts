import { createHmac, timingSafeEqual } from "node:crypto"
import { CarrierSignatureError } from "./carrier"

export const CARRIER_SIGNATURE_HEADER = "x-usra-signature"
export const SIGNATURE_TOLERANCE_S = 300

const hmac = (secret: string, timestamp: number, body: string) =>
  createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, the way Stripe signs its webhooks. */
export function signCarrierPayload(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)) {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`
}

/** Throws CarrierSignatureError unless `header` signs exactly this body with `secret`, within the tolerance. */
export function verifyCarrierSignature(
  body: Buffer | string,
  header: string | undefined,
  secret: string | undefined,
  now = Date.now(),
): void {
  if (!secret)
    throw new CarrierSignatureError("Carrier webhooks are not enabled: CARRIER_WEBHOOK_SECRET is not set")
  if (!header) throw new CarrierSignatureError(`The ${CARRIER_SIGNATURE_HEADER} header is missing`)
  const parts = new Map(
    header.split(",").map((part) => {
      const [key, ...rest] = part.trim().split("=")
      return [key, rest.join("=")] as const
    }),
  )
  const timestamp = Number(parts.get("t"))
  const given = parts.get("v1") ?? ""
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given)) {
    throw new CarrierSignatureError(
      `The ${CARRIER_SIGNATURE_HEADER} header must look like t=<seconds>,v1=<hex>`,
    )
  }
  if (Math.abs(now / 1000 - timestamp) > SIGNATURE_TOLERANCE_S) {
    throw new CarrierSignatureError(`The signature is older than ${SIGNATURE_TOLERANCE_S} seconds`)
  }
  const expected = Buffer.from(hmac(secret, timestamp, body.toString()), "hex")
  if (!timingSafeEqual(expected, Buffer.from(given, "hex"))) {
    throw new CarrierSignatureError("The signature does not match the body")
  }
}
