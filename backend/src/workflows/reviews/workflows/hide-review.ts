import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents, ratingsChangedData } from "../../../modules/reviews/events"
import { type HideReviewInput, hideReviewStep } from "../steps/hide-review"
import { refreshRatingSummariesStep } from "../steps/refresh-rating-summaries"

export const hideReviewWorkflowId = "hide-review"

/** The ministry hides a review with a reason; the product's and family's ratings no longer count it. */
export const hideReviewWorkflow = createWorkflow(hideReviewWorkflowId, (input: HideReviewInput) => {
  const targets = hideReviewStep(input)
  refreshRatingSummariesStep(targets)
  emitEventStep({
    eventName: ReviewEvents.HIDDEN,
    data: transform({ input, targets }, ({ input, targets }) => ({
      id: input.review_id,
      product_id: targets.find((target) => target.type === "product")?.id,
      family_id: targets.find((target) => target.type === "family")?.id,
    })),
  })
  emitEventStep({
    eventName: ReviewEvents.RATINGS_CHANGED,
    data: transform({ targets }, ({ targets }) => ratingsChangedData(targets)),
  }).config({ name: "emit-ratings-changed" })
  return new WorkflowResponse(targets)
})
