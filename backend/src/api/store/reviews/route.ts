import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsService } from "../../../workflows/reviews/utils/services"
import { createReviewWorkflow } from "../../../workflows/reviews/workflows/create-review"
import { publicReviewView, readReviews } from "../../utils/review-view"
import type { StoreCreateReview } from "./validators"

/**
 * POST /store/reviews `{ order_id, line_item_id, rating, text }`: the signed-in buyer reviews a delivered item of
 * their order. Bad input: 400 naming the field. Not their order or no such item: 404. Not delivered yet, or
 * already reviewed: 409. Answers 201 with the review and the product's new rating.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReview>, res: MedusaResponse) {
  const { result } = await createReviewWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  const { rows } = await readReviews(req.scope, { id: result.id }, { limit: 1, offset: 0 })
  const summaries = await reviewsService(req.scope).summariesOf("product", [result.product_id])
  res.status(201).json({
    review: rows[0] && publicReviewView(rows[0]),
    rating: summaries.get(result.product_id),
  })
}
