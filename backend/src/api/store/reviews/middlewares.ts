import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  StoreAddFavourite,
  StoreCreateReview,
  StoreFavouritesQuery,
  StoreRemoveFavouriteQuery,
  StoreReviewsQuery,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

/** Reviews anyone may read; writing one, and favourites, need the buyer's login. */
export const storeReviewMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/reviews",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(StoreCreateReview)],
  },
  {
    matcher: "/store/products/:id/reviews",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreReviewsQuery, { isList: true })],
  },
  {
    matcher: "/store/families/:handle/reviews",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreReviewsQuery, { isList: true })],
  },
  {
    matcher: "/store/customers/me/reviews",
    methods: ["GET"],
    middlewares: [customer, validateAndTransformQuery(StoreReviewsQuery, { isList: true })],
  },
  {
    matcher: "/store/customers/me/favourites",
    methods: ["GET"],
    middlewares: [customer, validateAndTransformQuery(StoreFavouritesQuery, { isList: true })],
  },
  {
    matcher: "/store/customers/me/favourites",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(StoreAddFavourite)],
  },
  {
    matcher: "/store/customers/me/favourites",
    methods: ["DELETE"],
    middlewares: [customer, validateAndTransformQuery(StoreRemoveFavouriteQuery, {})],
  },
  {
    matcher: "/store/customers/me/favourites/:product_id",
    methods: ["DELETE"],
    middlewares: [customer],
  },
]
