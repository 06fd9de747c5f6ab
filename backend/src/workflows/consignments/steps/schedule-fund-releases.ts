import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "../../../config/env"
import { releaseFamilyFundsJob } from "../../../queues/payouts/release-family-funds"
import { queueService } from "../utils/services"

const DAY_MS = 24 * 3_600_000

export const scheduleFundReleasesStepId = "schedule-fund-releases"

/**
 * The order was delivered: each family whose items were in the parcel is paid its share once the return window
 * has passed, as a delayed job in the payouts queue keyed by (order, family). Nothing to undo: the release
 * reads the order's state when it runs.
 */
export const scheduleFundReleasesStep = createStep(
  scheduleFundReleasesStepId,
  async (input: { order_id: string; family_ids: string[] }, { container }) => {
    const delay = Math.round(readEnv().RETURN_WINDOW_DAYS * DAY_MS)
    const queue = queueService(container)
    const jobs = []
    for (const familyId of [...new Set(input.family_ids)]) {
      jobs.push(
        await queue.enqueue(
          releaseFamilyFundsJob,
          { order_id: input.order_id, family_id: familyId },
          { delay },
        ),
      )
    }
    return new StepResponse(jobs)
  },
)
