import { authenticate, type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { SellerOrdersQuery } from "./validators"

export const sellerOrderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/seller/orders*", middlewares: [authenticate("seller", ["bearer", "session"])] },
  {
    matcher: "/seller/orders",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(SellerOrdersQuery, { isList: true })],
  },
]
