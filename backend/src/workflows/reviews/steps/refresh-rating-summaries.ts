import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RatingTarget } from "../../../modules/reviews/service"
import { reviewsService } from "../utils/services"

export const refreshRatingSummariesStepId = "refresh-rating-summaries"

/**
 * Recomputes the product's and family's summaries from their published reviews. No compensation of its own: a
 * summary is derived data, and the step that changed a review refreshes it again when it is undone.
 */
export const refreshRatingSummariesStep = createStep(
  refreshRatingSummariesStepId,
  async (targets: RatingTarget[], { container }) => {
    await reviewsService(container).refreshRatingSummaries(targets)
    return new StepResponse(targets)
  },
)
