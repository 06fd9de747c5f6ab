import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { reviewsService } from "../utils/services"

export type ReplyToReviewInput = { review_id: string; family_id: string; member_id: string; text: string }

export const replyToReviewStepId = "reply-to-review"

/**
 * The family answers a review of its product, once. Another family's review is the same 404 as none; a review
 * already answered is 409. Compensation removes the answer.
 */
export const replyToReviewStep = createStep(
  replyToReviewStepId,
  async (input: ReplyToReviewInput, { container }) => {
    const service = reviewsService(container)
    const [review] = await service.listReviews(
      { id: input.review_id, family_id: input.family_id },
      { select: ["id", "reply_text"] },
    )
    if (!review)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review "${input.review_id}" was not found`)
    const replied = await service.replyOnce({
      id: input.review_id,
      family_id: input.family_id,
      text: input.text,
      by: input.member_id,
    })
    if (!replied)
      throw new ConflictError("text: this review already has your answer; a review is answered once")
    return new StepResponse(input.review_id, input.review_id)
  },
  async (reviewId, { container }) => {
    if (!reviewId) return
    await reviewsService(container).updateReviews({
      id: reviewId,
      reply_text: null,
      reply_by: null,
      replied_at: null,
    })
  },
)
