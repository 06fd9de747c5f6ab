import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { reviewsService, targetsOf } from "../utils/services"

export type CreateReviewInput = {
  product_id: string
  family_id: string
  customer_id: string
  order_id: string
  line_item_id: string
  rating: number
  text: string
  author_name: string
}

export const createReviewStepId = "create-review"

const isUniqueViolation = (error: unknown) =>
  /unique|duplicate/i.test(String((error as { message?: unknown })?.message ?? ""))

/**
 * Writes the review. The unique index on line_item_id answers a second review of the same item sent at the same
 * moment (409). Compensation deletes it and puts the summaries back as they were without it.
 */
export const createReviewStep = createStep(
  createReviewStepId,
  async (input: CreateReviewInput, { container }) => {
    try {
      const review = await reviewsService(container).createReviews(input)
      return new StepResponse(review, {
        id: review.id,
        product_id: input.product_id,
        family_id: input.family_id,
      })
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError("line_item_id: you have already reviewed this item")
      throw error
    }
  },
  async (created, { container }) => {
    if (!created) return
    const service = reviewsService(container)
    await service.deleteReviews(created.id)
    await service.refreshRatingSummaries(targetsOf(created))
  },
)
