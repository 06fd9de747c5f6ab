import { createWorkflow, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import type { ReceivedStripeEvent } from "../../../modules/stripe-events/service"
import { enqueueStripeEventStep } from "../steps/enqueue-stripe-event"
import { recordStripeEventStep } from "../steps/record-stripe-event"

export const receiveStripeEventWorkflowId = "receive-stripe-event"

/**
 * A verified Stripe event: recorded once (its id is the primary key), then queued while it is still to be done.
 * If the queue is down the record is undone and the 503 makes Stripe deliver again later.
 */
export const receiveStripeEventWorkflow = createWorkflow(
  receiveStripeEventWorkflowId,
  (input: { event: ReceivedStripeEvent }) => {
    const recorded = recordStripeEventStep(input.event)
    when("stripe-event-still-to-do", { recorded }, ({ recorded }) => recorded.status === "received").then(
      () => {
        enqueueStripeEventStep(recorded.job)
      },
    )
    return new WorkflowResponse(recorded)
  },
)
