import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { listingView, readFamilyProducts } from "../../utils/family-product-view"
import type { AdminListingsQuery } from "./validators"

// Each listing status the ministry works on has a Medusa status of its own (see lib/listings/lifecycle).
const MEDUSA_STATUS = {
  pending_review: ProductStatus.PROPOSED,
  changes_requested: ProductStatus.REJECTED,
  published: ProductStatus.PUBLISHED,
} as const

/**
 * GET /admin/listings?status=pending_review&limit=&offset=: the moderation queue, the longest-waiting first, with
 * each listing's family (name, handle, status) and photos. Bad input: another status, limit outside 1..100, a
 * negative offset, unknown parameters: 400 naming them.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListingsQuery>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const [products, count] = await req.scope
    .resolve(Modules.PRODUCT)
    .listAndCountProducts(
      { status: MEDUSA_STATUS[status] },
      { select: ["id"], skip: offset, take: limit, order: { updated_at: "ASC", id: "ASC" } },
    )
  const listings = await readFamilyProducts(
    req.scope,
    products.map((product) => product.id),
  )
  res.json({
    listings: listings.filter((listing) => listing.family).map(listingView),
    count,
    limit,
    offset,
  })
}
