/**
 * The Stripe events Usra acts on. The webhook endpoint is subscribed to these alone (in Stripe's dashboard, and
 * for the local emulator by `npm start`); any other verified event that still arrives is recorded as ignored.
 */
export const HANDLED_STRIPE_EVENTS = [
  "payment_intent.succeeded",
  "payment_intent.amount_capturable_updated",
  "payment_intent.payment_failed",
  "payment_intent.canceled",
  "charge.refunded",
  "charge.dispute.created",
  "customer.deleted",
] as const

export type HandledStripeEvent = (typeof HANDLED_STRIPE_EVENTS)[number]

export function isHandledStripeEvent(type: string): type is HandledStripeEvent {
  return (HANDLED_STRIPE_EVENTS as readonly string[]).includes(type)
}
