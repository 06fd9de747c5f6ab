import type { HandledStripeEvent } from "@usra/types"
import { recordChargeRefunds } from "./charge-refunded"
import { forgetDeletedCustomer } from "./customer-deleted"
import { recordDispute } from "./dispute-created"
import { recordPaymentCancellation } from "./payment-intent-canceled"
import { recordPaymentFailure } from "./payment-intent-failed"
import { settlePaymentIntent } from "./payment-intent-settled"
import type { StripeEventHandler } from "./types"

export const stripeEventHandlers: Record<HandledStripeEvent, StripeEventHandler> = {
  "payment_intent.succeeded": settlePaymentIntent,
  "payment_intent.amount_capturable_updated": settlePaymentIntent,
  "payment_intent.payment_failed": recordPaymentFailure,
  "payment_intent.canceled": recordPaymentCancellation,
  "charge.refunded": recordChargeRefunds,
  "charge.dispute.created": recordDispute,
  "customer.deleted": forgetDeletedCustomer,
}
