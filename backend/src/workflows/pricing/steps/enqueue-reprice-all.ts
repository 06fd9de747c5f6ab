import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUEUE_MODULE } from "../../../modules/queue"
import type QueueModuleService from "../../../modules/queue/service"
import { newRepriceRunId, repriceAllJob } from "../../../queues/pricing/reprice-all"

export const enqueueRepriceAllStepId = "enqueue-reprice-all"

/**
 * Queues one bulk reprice. Run it last: a queued job cannot be taken back, and a Redis outage here (503)
 * compensates every earlier step.
 */
export const enqueueRepriceAllStep = createStep(
  enqueueRepriceAllStepId,
  async (input: { requested_by: string | null }, { container }) => {
    const queue = container.resolve<QueueModuleService>(QUEUE_MODULE)
    const job = await queue.enqueue(repriceAllJob, {
      run_id: newRepriceRunId(),
      requested_by: input.requested_by,
    })
    return new StepResponse({ id: job.job_id, queue: job.queue, name: job.name })
  },
)
