import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents, ratingsChangedData } from "../../../modules/reviews/events"
import { refreshRatingSummariesStep } from "../steps/refresh-rating-summaries"
import { type ShowReviewInput, showReviewStep } from "../steps/show-review"

export const showReviewWorkflowId = "show-review"

/** The ministry shows a hidden review again; the product's and family's ratings count it again. */
export const showReviewWorkflow = createWorkflow(showReviewWorkflowId, (input: ShowReviewInput) => {
  const targets = showReviewStep(input)
  refreshRatingSummariesStep(targets)
  emitEventStep({ eventName: ReviewEvents.SHOWN, data: { id: input.review_id } })
  emitEventStep({
    eventName: ReviewEvents.RATINGS_CHANGED,
    data: transform({ targets }, ({ targets }) => ratingsChangedData(targets)),
  }).config({ name: "emit-ratings-changed" })
  return new WorkflowResponse(targets)
})
