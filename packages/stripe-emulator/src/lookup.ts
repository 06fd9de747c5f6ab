// Find a stored object or fail like Stripe does ("No such customer: 'cus_123'").
import type Stripe from "stripe"
import { resourceMissing } from "./errors"
import type { Store } from "./store"

export function getPaymentIntent(store: Store, id: string, param = "id"): Stripe.PaymentIntent {
  const found = store.paymentIntents.get(id)
  if (!found) throw resourceMissing("payment_intent", id, param)
  return found
}

export function getCharge(store: Store, id: string, param = "id"): Stripe.Charge {
  const found = store.charges.get(id)
  if (!found) throw resourceMissing("charge", id, param)
  return found
}

export function getRefund(store: Store, id: string, param = "id"): Stripe.Refund {
  const found = store.refunds.get(id)
  if (!found) throw resourceMissing("refund", id, param)
  return found
}

/** A customer that has not been deleted. */
export function getCustomer(store: Store, id: string, param = "id"): Stripe.Customer {
  const found = store.customers.get(id)
  if (!found || found.deleted) throw resourceMissing("customer", id, param)
  return found
}

export function getAccount(store: Store, id: string, param = "id"): Stripe.Account {
  const found = store.accounts.get(id)
  if (!found) throw resourceMissing("account", id, param)
  return found
}

export function getTransfer(store: Store, id: string, param = "id"): Stripe.Transfer {
  const found = store.transfers.get(id)
  if (!found) throw resourceMissing("transfer", id, param)
  return found
}

export function getStoredPaymentMethod(store: Store, id: string, param = "id"): Stripe.PaymentMethod {
  const found = store.paymentMethods.get(id)
  if (!found) throw resourceMissing("PaymentMethod", id, param)
  return found
}
