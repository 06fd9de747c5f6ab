import { QUEUE_MODULE } from "../../modules/queue"
import type QueueModuleService from "../../modules/queue/service"
import { STRIPE_EVENTS_MODULE } from "../../modules/stripe-events"
import type StripeEventsModuleService from "../../modules/stripe-events/service"
import type { JobHandler } from "../define-job"
import { processStripeEventJob, stripeEventJobPayload } from "./process-stripe-event"
import type { sweepStripeEventsJob } from "./sweep-stripe-events"

const BATCH = 500

/**
 * An event still `received` after a while has a job that is waiting, retrying, failed for good (then it is in the
 * failed jobs list with a retry button), or lost. Only a lost one is queued again: under its own business key, so a
 * sweep racing the original job still makes one job.
 */
export const sweepStripeEvents: JobHandler<typeof sweepStripeEventsJob.payload> = async ({
  payload,
  container,
}) => {
  const events = container.resolve<StripeEventsModuleService>(STRIPE_EVENTS_MODULE)
  const queue = container.resolve<QueueModuleService>(QUEUE_MODULE)
  const before = new Date(Date.now() - payload.older_than_minutes * 60_000)
  const stuck = await events.listProcessedStripeEvents(
    { status: "received", created_at: { $lt: before } },
    { select: ["id", "created_at"], take: BATCH, order: { created_at: "ASC" } },
  )
  let requeued = 0
  for (const event of stuck) {
    const payload = stripeEventJobPayload(event)
    const job = await queue.getJob("payments", processStripeEventJob.jobId(payload))
    if (job) continue
    await queue.enqueue(processStripeEventJob, payload)
    requeued += 1
  }
  return { stuck: stuck.length, requeued }
}
