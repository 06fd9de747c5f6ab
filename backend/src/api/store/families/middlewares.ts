import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreFamiliesQuery, StoreFamilyQuery } from "./validators"

/** The public family directory; Medusa's publishable-key check already guards every /store route. */
export const storeFamilyMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/families",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreFamiliesQuery, { isList: true })],
  },
  {
    matcher: "/store/families/:handle",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreFamilyQuery, { isList: true })],
  },
]
