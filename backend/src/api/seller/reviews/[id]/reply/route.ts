import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replyToReviewWorkflow } from "../../../../../workflows/reviews/workflows/reply-to-review"
import { fullReviewView, readReviews } from "../../../../utils/review-view"
import { sellerContext } from "../../../utils/seller-context"
import type { SellerReplyReview } from "../../validators"

/**
 * POST /seller/reviews/:id/reply `{ text }`: the family answers a review of its product, once. Another family's
 * review or none: the same 404; already answered: 409; no or bad text, other fields: 400 naming them.
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerReplyReview>, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const reviewId = req.params.id as string
  await replyToReviewWorkflow(req.scope).run({
    input: {
      review_id: reviewId,
      family_id: seller.family_id,
      member_id: seller.member_id,
      text: req.validatedBody.text,
    },
  })
  const { rows } = await readReviews(req.scope, { id: reviewId }, { limit: 1, offset: 0 })
  res.json({ review: rows[0] && fullReviewView(rows[0]) })
}
