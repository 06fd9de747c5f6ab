import type { MedusaContainer } from "@medusajs/framework/types"
import { isHandledStripeEvent } from "@usra/types"
import type Stripe from "stripe"
import { QUEUE_MODULE } from "../../../../modules/queue"
import type QueueModuleService from "../../../../modules/queue/service"
import { STRIPE_EVENTS_MODULE } from "../../../../modules/stripe-events"
import type StripeEventsModuleService from "../../../../modules/stripe-events/service"
import type { StripeEventStatus } from "../../../../modules/stripe-events/service"
import {
  processStripeEventJob,
  stripeEventJobPayload,
} from "../../../../queues/payments/process-stripe-event"

export type Reception = { status: StripeEventStatus; created: boolean }

/**
 * A verified event: recorded once (its id is the primary key), then queued while it is still to be done (the job id
 * is per reception, so a second delivery adds no second job), to run once the module's processing delay is over. If
 * the queue is down, this reception's row is undone and the error answers 503, so Stripe delivers again later. Two
 * statements and one Redis call: Stripe's deliveries share the server with buyers' checkouts, so taking one must
 * stay cheap.
 */
export async function receiveStripeEvent(
  container: MedusaContainer,
  event: Stripe.Event,
): Promise<Reception> {
  const events = container.resolve<StripeEventsModuleService>(STRIPE_EVENTS_MODULE)
  const object = event.data.object as { id?: unknown }
  const { row, created } = await events.recordReceived({
    id: event.id,
    type: event.type,
    object_id: typeof object.id === "string" ? object.id : null,
    created: event.created,
    status: isHandledStripeEvent(event.type) ? "received" : "ignored",
  })
  if (row.status === "received") {
    try {
      await container
        .resolve<QueueModuleService>(QUEUE_MODULE)
        .enqueue(processStripeEventJob, stripeEventJobPayload(row), { delay: events.processingDelayMs() })
    } catch (error) {
      if (created) await events.forgetReception(row.id)
      throw error
    }
  }
  return { status: row.status, created }
}
