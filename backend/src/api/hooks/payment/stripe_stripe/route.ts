import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_EVENTS_MODULE } from "../../../../modules/stripe-events"
import type StripeEventsModuleService from "../../../../modules/stripe-events/service"
import { receiveStripeEvent } from "./receive-event"

/**
 * POST /hooks/payment/stripe_stripe: Stripe's webhook deliveries. The signature is checked on the raw body
 * before anything is written (400 when it is missing, wrong or older than Stripe's 300 s tolerance). A verified
 * event is recorded once and queued (503 and nothing kept when the queue is down); its object is read back from
 * Stripe when the job runs, so the event body is never trusted and events may arrive in any order. This static
 * route takes precedence over Medusa's `/hooks/payment/:provider`, which would answer 200 before verifying anything.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const events = req.scope.resolve<StripeEventsModuleService>(STRIPE_EVENTS_MODULE)
  const event = events.verifyEvent(req.rawBody, req.headers["stripe-signature"])
  const reception = await receiveStripeEvent(req.scope, event)
  res
    .status(200)
    .json({ received: true, event_id: event.id, status: reception.status, duplicate: !reception.created })
}
