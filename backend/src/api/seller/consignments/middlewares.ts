import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { SellerEmptyBody } from "../products/validators"
import { SellerConsignmentsQuery } from "./validators"

export const sellerConsignmentMiddlewares: MiddlewareRoute[] = [
  { matcher: "/seller/consignments*", middlewares: [authenticate("seller", ["bearer", "session"])] },
  {
    matcher: "/seller/consignments",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(SellerConsignmentsQuery, { isList: true })],
  },
  // "Ready for drop-off" takes no fields: anything sent is refused rather than ignored.
  {
    matcher: "/seller/consignments/:id/ready",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(SellerEmptyBody)],
  },
]
