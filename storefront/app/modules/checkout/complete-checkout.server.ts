import { type StoreCart, UsraApiError, type UsraClient } from "@usra/api-client"
import { redirect } from "react-router"
import type { Locale } from "../../lib/i18n"
import { paths } from "../../lib/paths"
import { setCart, setLastOrder, withCookies } from "../../lib/session.server"
import { type NextAction, nextActionOf } from "./next-action"

export type PayProblem = "declined" | "requires_action" | "auth_failed" | "failed"

export type CheckoutOutcome =
  | { done: Response }
  | { problem: PayProblem; bank: string; next?: NextAction | null }

/**
 * Places the buyer's order: the backend authorizes the card the payment session recorded, so the answer is the
 * order's confirmation (the cart cookie cleared), or why not: a decline, or the bank's 3-D Secure check with the
 * next action for the browser. Completing is idempotent at the backend: a cart the Stripe webhook already
 * completed answers with the same order. A cart the backend will not complete (its card refused, its session gone
 * after a failed check: 400) is a failed payment the buyer can try again, not an error page.
 */
export async function completeCheckout(
  client: UsraClient,
  cart: Pick<StoreCart, "id" | "email">,
  lang: Locale,
): Promise<CheckoutOutcome> {
  let completed: Awaited<ReturnType<UsraClient["carts"]["complete"]>>
  try {
    completed = await client.carts.complete(cart.id)
  } catch (error) {
    if (error instanceof UsraApiError && error.status < 500 && !error.isUnauthorized)
      return { problem: "failed", bank: error.message }
    throw error
  }
  if (completed.type === "order") {
    const order = completed.order
    return {
      done: redirect(paths.confirmed(lang), {
        headers: withCookies(
          await setLastOrder({ email: order.email ?? cart.email ?? "", display_id: order.display_id }),
          await setCart(null),
        ),
      }),
    }
  }
  const error = completed.error ?? {}
  const message = error.message ?? ""
  if (error.type === "payment_requires_more_error") {
    const collection = completed.cart.payment_collection
    return { problem: "requires_action", bank: message, next: collection ? nextActionOf(collection) : null }
  }
  // The bank refused the 3-D Secure challenge: the intent went back to requires_payment_method.
  if (/authenticat/i.test(message)) return { problem: "auth_failed", bank: message }
  if (error.type === "payment_authorization_error") return { problem: "declined", bank: message }
  return { problem: "failed", bank: message }
}
