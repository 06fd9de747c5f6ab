import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreCatalogProductQuery, StoreCatalogQuery } from "./validators"

/** The catalogue's read path; Medusa's publishable-key check already guards every /store route. */
export const storeCatalogMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/catalog",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreCatalogQuery, { isList: true })],
  },
  {
    matcher: "/store/catalog/:handle",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreCatalogProductQuery, {})],
  },
]
