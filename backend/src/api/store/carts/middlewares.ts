import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { retrieveTransformQueryConfig } from "@medusajs/medusa/api/store/carts/query-config"
import { StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"
import { retrieveTransformQueryConfig as orderQueryConfig } from "@medusajs/medusa/api/store/orders/query-config"
import { StoreGetOrderParams } from "@medusajs/medusa/api/store/orders/validators"
import { StoreAddCartLineItems, StorePlaceOrder } from "./validators"

/**
 * A cart ships as one parcel from the hub, priced by Usra: one shipping option per request, and no amount from
 * the client (Medusa would drop it silently; refusing tells a buggy or hostile client plainly).
 */
function oneParcelPricedByUsra(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body: unknown = req.body
  const options = Array.isArray(body) ? body : [body]
  if (options.length !== 1) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "option_id: an order ships as one parcel, so send exactly one shipping option",
      ),
    )
  }
  const option = options[0]
  if (typeof option === "object" && option !== null && "amount" in option) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "amount: the shipping price is calculated from the parcel's weight and destination; do not send one",
      ),
    )
  }
  next()
}

export const storeCartMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/shipping-methods", methods: ["POST"], middlewares: [oneParcelPricedByUsra] },
  {
    matcher: "/store/carts/:id/line-items/batch",
    methods: ["POST"],
    middlewares: [
      // The answer's fields, as on Medusa's own cart routes (`?fields=`); a bad query is named before the body.
      validateAndTransformQuery(StoreGetCartsCart, retrieveTransformQueryConfig),
      validateAndTransformBody(StoreAddCartLineItems),
    ],
  },
  {
    matcher: "/store/carts/:id/place-order",
    methods: ["POST"],
    middlewares: [
      // The placed order's fields, as on Medusa's POST /store/carts/:id/complete.
      validateAndTransformQuery(StoreGetOrderParams, orderQueryConfig),
      validateAndTransformBody(StorePlaceOrder),
    ],
  },
]
