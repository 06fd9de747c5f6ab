import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { enqueueRepriceProduct } from "../../../queues/pricing/enqueue-reprice-product"

export const enqueueProductRepriceStepId = "enqueue-product-reprice"

/**
 * Queues the reprice of a product whose JOD price changed, so the other five currencies follow. Run it last: a
 * queued job cannot be taken back, and a Redis outage here (503) undoes the edit.
 */
export const enqueueProductRepriceStep = createStep(
  enqueueProductRepriceStepId,
  async (product: { id: string; updated_at: Date | string }, { container }) => {
    const job = await enqueueRepriceProduct(container, product)
    return new StepResponse({ id: job.job_id })
  },
)
