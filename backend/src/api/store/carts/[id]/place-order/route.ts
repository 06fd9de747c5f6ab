import { type MedusaRequest, type MedusaResponse, prepareRetrieveQuery } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { authenticationRequiredError } from "../../../../../modules/stripe-payment/errors"
import { registerPlaceOrderWorkflow } from "../../../../../workflows/checkout/place-order"

/**
 * A card intent made at this completion that the bank wants confirmed: the provider returns it (so Medusa keeps it in
 * the session) and Medusa then refuses with a bare NOT_ALLOWED. The session's status says what it was.
 */
function awaitsAuthentication(cart: Record<string, unknown>): boolean {
  const collection = cart.payment_collection as
    | { payment_sessions?: { status?: string }[] }
    | null
    | undefined
  return (collection?.payment_sessions ?? []).some(
    (session) => session.status === PaymentSessionStatus.REQUIRES_MORE,
  )
}

// The buyer can act on these (finish 3-D Secure, pay with another card): answered 200 with the cart, as Medusa does.
const ANSWERED_WITH_THE_CART = new Set<string>([
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
  MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
])

/**
 * POST /store/carts/:id/place-order: the shop's checkout button. Completes the cart exactly as Medusa's
 * POST /store/carts/:id/complete does (same steps, same answers), through the unstored copy of its workflow
 * (workflows/checkout/place-order). Answers `{ type: "order", order }` with the `fields` asked for; a cart already
 * completed answers its order again, through either route.
 * Bad input: a bad `fields` query 400; any body field 400 naming it (what is ordered and its price are the cart's);
 * an unknown cart 404; a cart that cannot be completed (no shipping, no payment session, too little stock) 400 with
 * Medusa's message; a completion of the cart still running 409, as on Medusa's route. A card the bank declined or
 * that needs 3-D Secure answers 200 `{ type: "cart", cart, error }`, and nothing is ordered; for 3-D Secure the
 * cart's card session holds the intent's client secret and next action.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const cartId = req.params.id
  const engine = req.scope.resolve(Modules.WORKFLOW_ENGINE)
  const { errors, transaction } = await engine.run(registerPlaceOrderWorkflow(), {
    input: { id: cartId },
    throwOnError: false,
  })
  if (!transaction.hasFinished()) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "Cart is already being completed by another request")
  }
  const thrown = errors?.[0]?.error as MedusaError | undefined
  if (thrown) {
    // Before the error's own type: the workflow's error for an unknown cart is not a 404, the refetch's is.
    // Medusa's default store cart, its `*relation` shorthand expanded for query.graph as Medusa's route does it.
    const { remoteQueryConfig } = await prepareRetrieveQuery({}, { defaults: defaultStoreCartFields }, req)
    const cart = await refetchCart(cartId, req.scope, remoteQueryConfig.fields)
    const error =
      thrown.type === MedusaError.Types.NOT_ALLOWED && awaitsAuthentication(cart)
        ? authenticationRequiredError()
        : thrown
    if (!ANSWERED_WITH_THE_CART.has(error.type)) throw error
    res.json({ type: "cart", cart, error: { message: error.message, name: error.name, type: error.type } })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order_cart",
    fields: ["order_id"],
    filters: { cart_id: cartId },
  })
  const orderId = links[0]?.order_id
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} has no order`)
  const { data } = await query.graph({
    entity: "order",
    fields: req.queryConfig.fields,
    filters: { id: orderId },
  })
  res.json({ type: "order", order: data[0] })
}
