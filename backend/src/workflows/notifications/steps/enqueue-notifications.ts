import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationPayload } from "@usra/types"
import { QUEUE_MODULE } from "../../../modules/queue"
import type QueueModuleService from "../../../modules/queue/service"
import { sendNotificationJob } from "../../../queues/notifications/send"

export const enqueueNotificationsStepId = "enqueue-notifications"

/**
 * Queues bilingual notifications. Run it last in a workflow: a queued message cannot be taken back, and a
 * Redis outage here (503) rolls back every earlier step.
 */
export const enqueueNotificationsStep = createStep(
  enqueueNotificationsStepId,
  async (notifications: SendNotificationPayload[], { container }) => {
    const queue = container.resolve<QueueModuleService>(QUEUE_MODULE)
    const jobs = []
    for (const notification of notifications) {
      jobs.push(await queue.enqueue(sendNotificationJob, notification))
    }
    return new StepResponse(jobs)
  },
)
