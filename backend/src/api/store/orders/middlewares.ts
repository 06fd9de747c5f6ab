import { authenticate, type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireOrderOwner } from "./require-order-owner"
import { StoreOrderLookup } from "./validators"

export const storeOrderMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/orders/lookup",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreOrderLookup)],
  },
  {
    matcher: "/store/orders/:id",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"]), requireOrderOwner],
  },
  {
    matcher: "/store/orders/:id/families",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"]), requireOrderOwner],
  },
  {
    matcher: "/store/orders/:id/tracking",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"]), requireOrderOwner],
  },
]
