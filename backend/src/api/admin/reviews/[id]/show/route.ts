import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { showReviewWorkflow } from "../../../../../workflows/reviews/workflows/show-review"
import { fullReviewView, readReviews } from "../../../../utils/review-view"
import type { AdminShowReview } from "../../validators"

/**
 * POST /admin/reviews/:id/show `{ reason }`: publishes a hidden review again; the reason is kept in the audit
 * trail. No or short reason, other fields: 400 naming them; unknown: 404; not hidden: 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminShowReview>, res: MedusaResponse) {
  const reviewId = req.params.id as string
  await showReviewWorkflow(req.scope).run({ input: { review_id: reviewId } })
  const { rows } = await readReviews(req.scope, { id: reviewId }, { limit: 1, offset: 0 })
  res.json({ review: rows[0] && fullReviewView(rows[0]) })
}
