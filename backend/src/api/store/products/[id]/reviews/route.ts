import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { reviewsService } from "../../../../../workflows/reviews/utils/services"
import { publicReviewView, readReviews } from "../../../../utils/review-view"
import type { StoreReviewsQuery } from "../../../reviews/validators"

/**
 * GET /store/products/:id/reviews?limit=&offset=: a product's published reviews, newest first, with its rating
 * (count, average, stars). A product that does not exist or is not on sale: 404. Bad limit/offset: 400.
 */
export async function GET(req: MedusaRequest<unknown, StoreReviewsQuery>, res: MedusaResponse) {
  const productId = req.params.id as string
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "status"],
    filters: { id: productId },
  })
  if (data[0]?.status !== "published") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product "${productId}" was not found`)
  }
  const { limit, offset } = req.validatedQuery
  const [{ rows, count }, summaries] = await Promise.all([
    readReviews(req.scope, { product_id: productId, status: "published" }, { limit, offset }),
    reviewsService(req.scope).summariesOf("product", [productId]),
  ])
  res.json({ reviews: rows.map(publicReviewView), rating: summaries.get(productId), count, limit, offset })
}
