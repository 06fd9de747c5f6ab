import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hideReviewWorkflow } from "../../../../../workflows/reviews/workflows/hide-review"
import { fullReviewView, readReviews } from "../../../../utils/review-view"
import type { AdminHideReview } from "../../validators"

/**
 * POST /admin/reviews/:id/hide `{ reason }`: hides a review from the shop and from the product's and family's
 * ratings. No or short reason, other fields: 400 naming them; unknown: 404; already hidden: 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminHideReview>, res: MedusaResponse) {
  const reviewId = req.params.id as string
  await hideReviewWorkflow(req.scope).run({
    input: { review_id: reviewId, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id },
  })
  const { rows } = await readReviews(req.scope, { id: reviewId }, { limit: 1, offset: 0 })
  res.json({ review: rows[0] && fullReviewView(rows[0]) })
}
