import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type Stripe from "stripe"

type IntentState = Pick<Stripe.PaymentIntent, "status" | "last_payment_error">

/** Where a PaymentIntent leaves Medusa's payment session. */
export function sessionStatusOf(intent: IntentState): PaymentSessionStatus {
  switch (intent.status) {
    case "requires_capture":
      return PaymentSessionStatus.AUTHORIZED
    case "succeeded":
      return PaymentSessionStatus.CAPTURED
    case "requires_action":
      return PaymentSessionStatus.REQUIRES_MORE
    case "canceled":
      return PaymentSessionStatus.CANCELED
    case "requires_payment_method":
      // A fresh intent waits for a card; one that lost its card to a decline has failed.
      return intent.last_payment_error ? PaymentSessionStatus.ERROR : PaymentSessionStatus.PENDING
    default:
      return PaymentSessionStatus.PENDING
  }
}

/** What Medusa's processPaymentWorkflow should do for an intent in its current (re-read) state. */
export function webhookActionOf(intent: IntentState): PaymentActions {
  switch (sessionStatusOf(intent)) {
    case PaymentSessionStatus.AUTHORIZED:
      return PaymentActions.AUTHORIZED
    case PaymentSessionStatus.CAPTURED:
      return PaymentActions.SUCCESSFUL
    case PaymentSessionStatus.REQUIRES_MORE:
      return PaymentActions.REQUIRES_MORE
    case PaymentSessionStatus.CANCELED:
      return PaymentActions.CANCELED
    case PaymentSessionStatus.ERROR:
      return PaymentActions.FAILED
    default:
      return PaymentActions.PENDING
  }
}
