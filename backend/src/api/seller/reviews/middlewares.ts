import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { SellerPricePreviewQuery, SellerReplyReview, SellerReviewsQuery } from "./validators"

const seller = authenticate("seller", ["bearer", "session"])

/** The family's reviews and answers, and the price preview of the product form: a seller login each. */
export const sellerReviewMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/seller/reviews",
    methods: ["GET"],
    middlewares: [seller, validateAndTransformQuery(SellerReviewsQuery, { isList: true })],
  },
  {
    matcher: "/seller/reviews/:id/reply",
    methods: ["POST"],
    middlewares: [seller, validateAndTransformBody(SellerReplyReview)],
  },
  {
    matcher: "/seller/price-preview",
    methods: ["GET"],
    middlewares: [seller, validateAndTransformQuery(SellerPricePreviewQuery, {})],
  },
]
