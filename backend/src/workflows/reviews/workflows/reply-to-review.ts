import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../../modules/reviews/events"
import { type ReplyToReviewInput, replyToReviewStep } from "../steps/reply-to-review"

export const replyToReviewWorkflowId = "reply-to-review"

/** The family answers a review of one of its products, once. */
export const replyToReviewWorkflow = createWorkflow(replyToReviewWorkflowId, (input: ReplyToReviewInput) => {
  const id = replyToReviewStep(input)
  emitEventStep({ eventName: ReviewEvents.REPLIED, data: { id: input.review_id } })
  return new WorkflowResponse(id)
})
