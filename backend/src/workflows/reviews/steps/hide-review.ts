import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { reviewsService, targetsOf } from "../utils/services"

export type HideReviewInput = { review_id: string; reason: string; actor_id: string }

export const hideReviewStepId = "hide-review"

/**
 * The ministry hides a review, saying why: it leaves the shop and its product's and family's ratings. Unknown:
 * 404; already hidden: 409. Compensation shows it again and refreshes the summaries.
 */
export const hideReviewStep = createStep(
  hideReviewStepId,
  async (input: HideReviewInput, { container }) => {
    const service = reviewsService(container)
    const [review] = await service.listReviews(
      { id: input.review_id },
      { select: ["id", "status", "product_id", "family_id"] },
    )
    if (!review)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review "${input.review_id}" was not found`)
    const hidden = await service.hideOnce({ id: input.review_id, reason: input.reason, by: input.actor_id })
    if (!hidden) throw new ConflictError(`This review is already ${review.status}; a review is hidden once`)
    const targets = targetsOf(review)
    return new StepResponse(targets, { id: review.id, targets })
  },
  async (hidden, { container }) => {
    if (!hidden) return
    const service = reviewsService(container)
    await service.updateReviews({
      id: hidden.id,
      status: "published",
      hidden_reason: null,
      hidden_by: null,
      hidden_at: null,
    })
    await service.refreshRatingSummaries(hidden.targets)
  },
)
