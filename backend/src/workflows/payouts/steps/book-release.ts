import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReleaseInput } from "../../../modules/payouts/sql/release"
import { payoutsService } from "../utils/payouts-service"

export const bookReleaseStepId = "book-release"

/**
 * Books the release in one transaction. Nothing to compensate: it is the workflow's last step, and booking again
 * books nothing (the ledger's unique index).
 */
export const bookReleaseStep = createStep(
  bookReleaseStepId,
  async (input: ReleaseInput | null, { container }) => {
    if (!input)
      return new StepResponse({ released: false, reason: "the family order was cancelled", entries: 0 })
    const result = await payoutsService(container).releaseFamilyOrder(input)
    return new StepResponse({
      released: true,
      reason: result.already_released ? "already released" : "released",
      entries: result.written.length,
    })
  },
)
