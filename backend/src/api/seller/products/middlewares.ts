import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { productImageUpload } from "./image-upload"
import { SellerCreateProduct, SellerEmptyBody, SellerProductsQuery, SellerUpdateProduct } from "./validators"

/** The family's product routes: a seller login, strict bodies, and multipart photos. */
export const sellerProductMiddlewares: MiddlewareRoute[] = [
  { matcher: "/seller/products*", middlewares: [authenticate("seller", ["bearer", "session"])] },
  {
    matcher: "/seller/products",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(SellerProductsQuery, { isList: true })],
  },
  {
    matcher: "/seller/products",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(SellerCreateProduct)],
  },
  {
    matcher: "/seller/products/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(SellerUpdateProduct)],
  },
  {
    matcher: "/seller/products/:id/submit",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(SellerEmptyBody)],
  },
  {
    matcher: "/seller/products/:id/images",
    methods: ["POST"],
    bodyParser: false,
    middlewares: [productImageUpload],
  },
]
