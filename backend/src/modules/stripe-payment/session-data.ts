import type Stripe from "stripe"

/**
 * What Usra keeps of a PaymentIntent in Medusa's payment session and payment `data`. The store API shows a
 * session's data to the buyer, so it holds what the storefront needs (client secret, next action, decline) and
 * nothing else. Amounts are Stripe's minor units.
 */
export function intentData(intent: Stripe.PaymentIntent): Record<string, unknown> {
  const error = intent.last_payment_error
  return {
    id: intent.id,
    client_secret: intent.client_secret,
    status: intent.status,
    amount: intent.amount,
    amount_received: intent.amount_received,
    currency: intent.currency,
    capture_method: intent.capture_method,
    payment_method:
      typeof intent.payment_method === "string" ? intent.payment_method : (intent.payment_method?.id ?? null),
    latest_charge:
      typeof intent.latest_charge === "string" ? intent.latest_charge : (intent.latest_charge?.id ?? null),
    next_action: intent.next_action,
    last_payment_error: error
      ? { code: error.code ?? null, decline_code: error.decline_code ?? null, message: error.message ?? null }
      : null,
  }
}

/** The PaymentIntent id in a session's or payment's data, or undefined. */
export function intentIdOf(data: Record<string, unknown> | undefined): string | undefined {
  const id = data?.id
  return typeof id === "string" && id.startsWith("pi_") ? id : undefined
}

/** The Medusa payment session a session's data belongs to (Medusa adds `session_id` to it), or undefined. */
export function sessionIdOf(data: Record<string, unknown> | undefined): string | undefined {
  return typeof data?.session_id === "string" ? data.session_id : undefined
}
