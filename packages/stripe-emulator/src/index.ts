// @usra/stripe-emulator: a local stand-in for the Stripe API, spoken closely enough for the official SDK.
export type { StripeErrorBody } from "./errors"
export type { Fault } from "./faults"
export { parseForm } from "./form"
export type { EndpointConfig } from "./resources/webhook-endpoints"
export {
  createStripeEmulator,
  DEFAULT_API_VERSION,
  DEFAULT_RETRY_DELAYS_MS,
  type StripeEmulator,
  type StripeEmulatorOptions,
} from "./server"
export { computeSignature, signatureHeader } from "./signature"
export type { Store, StoredEvent } from "./store"
export { TEST_CARDS, type TestCard } from "./test-cards"
export type { Delivery, DeliveryAttempt, DeliveryFilter } from "./webhooks"
