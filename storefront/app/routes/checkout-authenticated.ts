import { redirect } from "react-router"
import { api } from "../lib/api.server"
import { toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { readSession } from "../lib/session.server"
import { completeCheckout } from "../modules/checkout/complete-checkout.server"
import type { Route } from "./+types/checkout-authenticated"

/**
 * GET /:lang/checkout/authenticated: where the bank's 3-D Secure page (Stripe's, or the emulator's) sends the
 * buyer back (`?payment_intent=&redirect_status=`). The query is only a hint: the backend reads the
 * PaymentIntent itself when the cart is completed, so a forged or stale link cannot place an order. Authorized:
 * the order's confirmation. Failed or unfinished: back to the payment step with a message, the cart untouched.
 * A cart the Stripe webhook completed first answers with the same order. No cart (another browser): the cart
 * page.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = toLocale(params.lang)
  const session = await readSession(request)
  const client = api(session.token)
  const cart = session.cartId ? await client.carts.get(session.cartId).catch(() => null) : null
  if (!cart) throw redirect(paths.cart(lang))
  const outcome = await completeCheckout(client, cart, lang)
  if ("done" in outcome) throw outcome.done
  // Unfinished (the buyer came back without answering the bank) is told apart from refused.
  const failed = new URL(request.url).searchParams.get("redirect_status") === "failed"
  const auth = outcome.problem === "requires_action" && !failed ? "pending" : "failed"
  throw redirect(`${paths.checkout(lang, "payment")}&auth=${auth}`)
}
