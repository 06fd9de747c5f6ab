// The emulator's in-memory state: every object by id, in creation order (Map keeps insertion order).
import type Stripe from "stripe"
import type { TestCard } from "./test-cards"

export interface StoredEvent {
  id: string
  object: "event"
  account?: string
  api_version: string
  created: number
  data: { object: Record<string, unknown>; previous_attributes?: Record<string, unknown> }
  livemode: false
  pending_webhooks: number
  request: { id: string | null; idempotency_key: string | null }
  type: string
}

/** State of a PaymentIntent that Stripe keeps to itself. */
export interface IntentInternals {
  /** The current payment method has passed 3-D Secure for this intent. */
  authenticated: boolean
  returnUrl: string | null
}

export interface AccountLinkRecord {
  token: string
  account: string
  type: string
  refresh_url: string | null
  return_url: string | null
  created: number
  expires_at: number
}

export class Store {
  readonly paymentIntents = new Map<string, Stripe.PaymentIntent>()
  readonly intentInternals = new Map<string, IntentInternals>()
  readonly charges = new Map<string, Stripe.Charge>()
  readonly refunds = new Map<string, Stripe.Refund>()
  readonly customers = new Map<string, Stripe.Customer | Stripe.DeletedCustomer>()
  readonly paymentMethods = new Map<string, Stripe.PaymentMethod>()
  /** Which test card each card payment method is, to decide what charging it does. */
  readonly paymentMethodCards = new Map<string, TestCard>()
  readonly accounts = new Map<string, Stripe.Account>()
  readonly accountLinks = new Map<string, AccountLinkRecord>()
  readonly transfers = new Map<string, Stripe.Transfer>()
  readonly reversals = new Map<string, Stripe.TransferReversal>()
  readonly disputes = new Map<string, Stripe.Dispute>()
  readonly events = new Map<string, StoredEvent>()
  readonly webhookEndpoints = new Map<string, Stripe.WebhookEndpoint>()

  /** Any stored object by id (for `expand[]`). */
  find(id: string): unknown {
    const prefix = id.slice(0, id.indexOf("_"))
    const maps: Record<string, Map<string, unknown>> = {
      pi: this.paymentIntents,
      ch: this.charges,
      py: this.charges,
      re: this.refunds,
      pyr: this.refunds,
      cus: this.customers,
      pm: this.paymentMethods,
      acct: this.accounts,
      tr: this.transfers,
      trr: this.reversals,
      dp: this.disputes,
      du: this.disputes,
      evt: this.events,
      we: this.webhookEndpoints,
    }
    return maps[prefix]?.get(id)
  }

  clear(): void {
    for (const value of Object.values(this)) {
      if (value instanceof Map) value.clear()
    }
  }
}
