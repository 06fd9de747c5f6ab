import type { StorePaymentCollection } from "@usra/api-client"

/** What the buyer's browser must do before the cart can be completed: 3-D Secure with their bank. */
export type NextAction = {
  /** The bank's (or the emulator's) challenge page, when the intent asks for a redirect. */
  redirectUrl: string | null
  /** For Stripe.js `handleNextAction`, which runs the challenge in a modal or redirects itself. */
  clientSecret: string
}

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null

/**
 * The card session's pending 3-D Secure, read from the cart place-order answered with (the session's data is the
 * PaymentIntent's client secret, status and `next_action`); null when nothing is pending.
 */
export function nextActionOf(
  collection: Pick<StorePaymentCollection, "payment_sessions">,
): NextAction | null {
  const session = collection.payment_sessions?.find(
    (candidate) => candidate.provider_id === "pp_stripe_stripe" && candidate.status === "requires_more",
  )
  const data = record(session?.data)
  if (data?.status !== "requires_action" || typeof data.client_secret !== "string") return null
  const redirect = record(record(data.next_action)?.redirect_to_url)
  const url = typeof redirect?.url === "string" && /^https?:\/\//.test(redirect.url) ? redirect.url : null
  return { redirectUrl: url, clientSecret: data.client_secret }
}
