import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents, ratingsChangedData } from "../../../modules/reviews/events"
import { createReviewStep } from "../steps/create-review"
import { loadReviewTargetStep } from "../steps/load-review-target"
import { refreshRatingSummariesStep } from "../steps/refresh-rating-summaries"
import { targetsOf } from "../utils/services"

export type CreateReviewWorkflowInput = {
  customer_id: string
  order_id: string
  line_item_id: string
  rating: number
  text: string
}

export const createReviewWorkflowId = "create-review"

/**
 * A buyer reviews a delivered item of their order, once: the review is written and the product's and family's
 * ratings recomputed; `rating-summary.updated` tells whoever shows ratings (the catalogue) to read them again.
 */
export const createReviewWorkflow = createWorkflow(
  createReviewWorkflowId,
  (input: CreateReviewWorkflowInput) => {
    const target = loadReviewTargetStep(input)
    const review = createReviewStep(
      transform({ input, target }, ({ input, target }) => ({ ...input, ...target })),
    )
    const targets = refreshRatingSummariesStep(transform({ target }, ({ target }) => targetsOf(target)))
    emitEventStep({
      eventName: ReviewEvents.CREATED,
      data: transform({ review }, ({ review }) => ({
        id: review.id,
        product_id: review.product_id,
        family_id: review.family_id,
      })),
    })
    emitEventStep({
      eventName: ReviewEvents.RATINGS_CHANGED,
      data: transform({ targets }, ({ targets }) => ratingsChangedData(targets)),
    }).config({ name: "emit-ratings-changed" })
    return new WorkflowResponse(review)
  },
)
