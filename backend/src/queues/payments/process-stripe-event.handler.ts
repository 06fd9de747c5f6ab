import { STRIPE_EVENTS_MODULE } from "../../modules/stripe-events"
import type StripeEventsModuleService from "../../modules/stripe-events/service"
import type { JobHandler } from "../define-job"
import type { processStripeEventJob } from "./process-stripe-event"
import { stripeEventHandlers } from "./stripe-events"

/**
 * Does what a recorded Stripe event asks, then marks it processed. The mark comes after the effect: a crash in
 * between leaves the event `received`, the job is retried, and every effect is idempotent, so nothing is lost
 * and nothing happens twice.
 */
export const processStripeEvent: JobHandler<typeof processStripeEventJob.payload> = async ({
  payload,
  container,
}) => {
  const events = container.resolve<StripeEventsModuleService>(STRIPE_EVENTS_MODULE)
  const [row] = await events.listProcessedStripeEvents({ id: payload.event_id })
  // Its reception was undone (the queue was down, Stripe was answered 503 and delivers again): nothing to do.
  if (!row) return { event_id: payload.event_id, skipped: "not recorded" }
  if (row.status !== "received") return { event_id: row.id, skipped: row.status }
  const handler = stripeEventHandlers[row.type as keyof typeof stripeEventHandlers]
  if (!handler || !row.object_id) {
    await events.markDone(row.id, "ignored", "not an event Usra acts on")
    return { event_id: row.id, ignored: true }
  }
  try {
    const outcome = await handler({
      container,
      stripe: events.stripe(),
      objectId: row.object_id,
      eventId: row.id,
    })
    await events.markDone(row.id, "processed", outcome)
    return { event_id: row.id, outcome }
  } catch (error) {
    await events.recordFailedAttempt(row.id, error)
    throw error
  }
}
