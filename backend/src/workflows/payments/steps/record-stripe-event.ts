import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_EVENTS_MODULE } from "../../../modules/stripe-events"
import type StripeEventsModuleService from "../../../modules/stripe-events/service"
import type { ReceivedStripeEvent } from "../../../modules/stripe-events/service"
import { stripeEventJobPayload } from "../../../queues/payments/process-stripe-event"

export const recordStripeEventStepId = "record-stripe-event"

/** Records a verified event unless it is known; undone (row removed) only when this call created it. */
export const recordStripeEventStep = createStep(
  recordStripeEventStepId,
  async (event: ReceivedStripeEvent, { container }) => {
    const events = container.resolve<StripeEventsModuleService>(STRIPE_EVENTS_MODULE)
    const { row, created } = await events.recordReceived(event)
    return new StepResponse(
      { id: row.id, status: row.status, created, job: stripeEventJobPayload(row) },
      created ? row.id : undefined,
    )
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container
      .resolve<StripeEventsModuleService>(STRIPE_EVENTS_MODULE)
      .deleteProcessedStripeEvents(createdId)
  },
)
