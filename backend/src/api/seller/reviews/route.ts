import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsService } from "../../../workflows/reviews/utils/services"
import { fullReviewView, readReviews } from "../../utils/review-view"
import { sellerContext } from "../utils/seller-context"
import type { SellerReviewsQuery } from "./validators"

/**
 * GET /seller/reviews?status=&limit=&offset=: the reviews of the caller's family's products, newest first, with
 * its answers, whether the ministry hid one and why, and the family's rating. Bad status or paging: 400.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, SellerReviewsQuery>, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const { limit, offset, status } = req.validatedQuery
  const [{ rows, count }, summaries] = await Promise.all([
    readReviews(req.scope, { family_id: seller.family_id, ...(status ? { status } : {}) }, { limit, offset }),
    reviewsService(req.scope).summariesOf("family", [seller.family_id]),
  ])
  res.json({
    reviews: rows.map(fullReviewView),
    rating: summaries.get(seller.family_id),
    count,
    limit,
    offset,
  })
}
