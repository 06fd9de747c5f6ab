import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { reviewsService, targetsOf } from "../utils/services"

// The reviewer's reason is not kept on the review (it would be the family's to read): the audit trail has it.
export type ShowReviewInput = { review_id: string }

export const showReviewStepId = "show-review"

/**
 * The ministry publishes a hidden review again (hidden by mistake, or the family's complaint was answered): it is
 * back in the shop and its product's and family's ratings. Unknown: 404; not hidden: 409. Compensation hides it
 * again exactly as it was.
 */
export const showReviewStep = createStep(
  showReviewStepId,
  async (input: ShowReviewInput, { container }) => {
    const service = reviewsService(container)
    const [review] = await service.listReviews(
      { id: input.review_id },
      { select: ["id", "status", "product_id", "family_id", "hidden_reason", "hidden_by", "hidden_at"] },
    )
    if (!review)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review "${input.review_id}" was not found`)
    const shown = await service.showOnce(input.review_id)
    if (!shown)
      throw new ConflictError(`This review is already ${review.status}; only a hidden review is shown again`)
    const targets = targetsOf(review)
    return new StepResponse(targets, {
      id: review.id,
      targets,
      hidden: { reason: review.hidden_reason, by: review.hidden_by, at: review.hidden_at },
    })
  },
  async (shown, { container }) => {
    if (!shown) return
    const service = reviewsService(container)
    await service.updateReviews({
      id: shown.id,
      status: "hidden",
      hidden_reason: shown.hidden.reason,
      hidden_by: shown.hidden.by,
      hidden_at: shown.hidden.at,
    })
    await service.refreshRatingSummaries(shown.targets)
  },
)
