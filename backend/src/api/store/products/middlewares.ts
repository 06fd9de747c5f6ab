import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { PUBLIC_FAMILY_FIELDS } from "../families/public-fields"

const PUBLIC = PUBLIC_FAMILY_FIELDS.map((field) => `family.${field}`)
const WHOLE_FAMILY = new Set(["*family", "family.*", "+family.*", "+*family"])

/**
 * Lets /store/products(/:id) return a product's family through the family-product link, and only its public
 * fields: `*family` is read as the public fields one by one, and Medusa's exact-match allow-list drops anything
 * else (`family.status`, `*family.sensitive_profile`, `family.members.email`...).
 */
function allowPublicFamilyFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const fields = req.query.fields
  if (typeof fields === "string") {
    req.query.fields = fields
      .split(",")
      .flatMap((field) => (WHOLE_FAMILY.has(field.trim()) ? PUBLIC.map((name) => `+${name}`) : [field]))
      .join(",")
  }
  req.allowed = [...(req.allowed ?? []), ...PUBLIC]
  next()
}

/**
 * Medusa lets categories, collections, tags and types return `*products` whatever their status, which would show
 * drafts, listings under review and a suspended family's products. Buyers list products through /store/products.
 */
function withoutProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.disallowed = [...(req.disallowed ?? []), "products"]
  next()
}

// A matcher ending in "*" sorts before Medusa's own middlewares for the same routes, so these run before Medusa
// validates the query.
export const storeProductExposureMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products*", methods: ["GET"], middlewares: [allowPublicFamilyFields] },
  ...[
    "/store/product-categories*",
    "/store/collections*",
    "/store/product-tags*",
    "/store/product-types*",
  ].map((matcher) => ({ matcher, methods: ["GET" as const], middlewares: [withoutProducts] })),
]
