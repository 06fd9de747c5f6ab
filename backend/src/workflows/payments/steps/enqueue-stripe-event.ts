import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUEUE_MODULE } from "../../../modules/queue"
import type QueueModuleService from "../../../modules/queue/service"
import { processStripeEventJob } from "../../../queues/payments/process-stripe-event"

export const enqueueStripeEventStepId = "enqueue-stripe-event"

/** Hands the event to the payments queue (one job per recorded row, so a second delivery adds no second job). */
export const enqueueStripeEventStep = createStep(
  enqueueStripeEventStepId,
  async (input: { event_id: string; received_at: number }, { container }) => {
    const job = await container
      .resolve<QueueModuleService>(QUEUE_MODULE)
      .enqueue(processStripeEventJob, input)
    return new StepResponse(job)
  },
)
