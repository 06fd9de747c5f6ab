import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_EVENTS_MODULE } from "../../../modules/stripe-events"
import type StripeEventsModuleService from "../../../modules/stripe-events/service"
import type { DisputeInput } from "../../../modules/stripe-events/service"

export const recordStripeDisputeStepId = "record-stripe-dispute"

/** Keeps the dispute once per Stripe dispute id; undone only when this call created it. */
export const recordStripeDisputeStep = createStep(
  recordStripeDisputeStepId,
  async (dispute: DisputeInput, { container }) => {
    const created = await container
      .resolve<StripeEventsModuleService>(STRIPE_EVENTS_MODULE)
      .recordDispute(dispute)
    return new StepResponse({ id: dispute.id, created }, created ? dispute.id : undefined)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<StripeEventsModuleService>(STRIPE_EVENTS_MODULE).deleteStripeDisputes(createdId)
  },
)
