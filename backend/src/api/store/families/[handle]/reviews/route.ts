import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { reviewsService } from "../../../../../workflows/reviews/utils/services"
import { publicReviewView, readReviews } from "../../../../utils/review-view"
import type { StoreReviewsQuery } from "../../../reviews/validators"

/**
 * GET /store/families/:handle/reviews?limit=&offset=: the published reviews of an approved family's products,
 * newest first, each with its product, and the family's rating. Unknown, unapproved or suspended family: 404.
 */
export async function GET(req: MedusaRequest<unknown, StoreReviewsQuery>, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "family",
    fields: ["id"],
    filters: { handle: req.params.handle, status: "approved" },
  })
  const family = data[0]
  if (!family)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Family "${req.params.handle}" was not found`)
  const { limit, offset } = req.validatedQuery
  const [{ rows, count }, summaries] = await Promise.all([
    readReviews(req.scope, { family_id: family.id, status: "published" }, { limit, offset }),
    reviewsService(req.scope).summariesOf("family", [family.id]),
  ])
  res.json({ reviews: rows.map(publicReviewView), rating: summaries.get(family.id), count, limit, offset })
}
