import type { Logger } from "@medusajs/framework/types"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { createStripeClient } from "../../lib/stripe/client"
import type { StripeSettings } from "../../lib/stripe/settings"
import { ProcessedStripeEvent } from "./models/processed-stripe-event"
import { StripeDispute } from "./models/stripe-dispute"

export type StripeEventsModuleOptions = Partial<StripeSettings>

export type StripeEventStatus = "received" | "processed" | "ignored"

export type ReceivedStripeEvent = {
  id: string
  type: string
  object_id: string | null
  created: number
  status: StripeEventStatus
}

type EventRow = {
  id: string
  type: string
  object_id: string | null
  status: StripeEventStatus
  attempts: number
  created_at: Date
}

export type DisputeInput = {
  id: string
  charge_id: string
  payment_intent_id: string | null
  payment_id: string | null
  order_id: string | null
  amount: number
  currency_code: string
  reason: string
  status: string
  evidence_due_by: Date | string | null
  event_id: string
}

/** Receives Stripe's events: checks their signature, records each once, and keeps the disputes they report. */
export default class StripeEventsModuleService extends MedusaService({
  ProcessedStripeEvent,
  StripeDispute,
}) {
  protected readonly options_: StripeEventsModuleOptions
  protected readonly logger_: Logger
  protected stripe_?: Stripe

  constructor(container: { logger: Logger }, options: StripeEventsModuleOptions = {}) {
    // biome-ignore lint/complexity/noArguments: MedusaService needs the module's original arguments
    super(...arguments)
    this.options_ = options ?? {}
    this.logger_ = container.logger
  }

  /** The SDK client an event's object is read back with: events are hints, Stripe's current state is the truth. */
  stripe(): Stripe {
    const { apiKey } = this.options_
    if (!apiKey) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "Stripe is not configured: set STRIPE_API_KEY",
      )
    }
    this.stripe_ ??= createStripeClient({ ...this.options_, apiKey }, this.logger_)
    return this.stripe_
  }

  /** Stripe's signature check on the exact bytes Stripe sent, with Stripe's default tolerance (300 s). */
  verifyEvent(rawBody: Buffer | string | undefined, signature: unknown): Stripe.Event {
    const secret = this.options_.webhookSecret
    if (!secret) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "Stripe webhooks are not configured: set STRIPE_WEBHOOK_SECRET",
      )
    }
    if (!rawBody || rawBody.length === 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The webhook has no JSON body to verify")
    }
    if (typeof signature !== "string" || signature.length === 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The webhook has no Stripe-Signature header")
    }
    let event: Stripe.Event
    try {
      event = this.stripe().webhooks.constructEvent(rawBody, signature, secret)
    } catch (error) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The webhook's Stripe signature is not valid: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    // Signed but not an event (only a holder of the secret can send this): refuse it rather than fail on it.
    const shape = event as unknown as {
      id?: unknown
      type?: unknown
      created?: unknown
      data?: { object?: unknown }
    }
    if (
      typeof shape?.id !== "string" ||
      typeof shape.type !== "string" ||
      typeof shape.created !== "number" ||
      typeof shape.data?.object !== "object" ||
      shape.data.object === null
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The webhook body is not a Stripe event: it needs id, type, created and data.object",
      )
    }
    return event
  }

  /** Records the event unless it is known; a concurrent delivery of the same event finds the winner's row. */
  async recordReceived(event: ReceivedStripeEvent): Promise<{ row: EventRow; created: boolean }> {
    const [existing] = await this.listProcessedStripeEvents({ id: event.id })
    if (existing) return { row: existing as EventRow, created: false }
    try {
      const row = await this.createProcessedStripeEvents({
        id: event.id,
        type: event.type,
        object_id: event.object_id,
        status: event.status,
        stripe_created_at: new Date(event.created * 1000),
        processed_at: event.status === "received" ? null : new Date(),
        outcome: event.status === "ignored" ? "not an event Usra acts on" : null,
      })
      return { row: row as EventRow, created: true }
    } catch (error) {
      const [raced] = await this.listProcessedStripeEvents({ id: event.id })
      if (raced) return { row: raced as EventRow, created: false }
      throw error
    }
  }

  async markDone(id: string, status: "processed" | "ignored", outcome: string): Promise<void> {
    const [row] = await this.listProcessedStripeEvents({ id })
    await this.updateProcessedStripeEvents({
      id,
      status,
      outcome,
      attempts: (row?.attempts ?? 0) + 1,
      last_error: null,
      processed_at: new Date(),
    })
  }

  async recordFailedAttempt(id: string, error: unknown): Promise<void> {
    const [row] = await this.listProcessedStripeEvents({ id })
    if (!row) return
    await this.updateProcessedStripeEvents({
      id,
      attempts: row.attempts + 1,
      last_error: error instanceof Error ? error.message : String(error),
    })
  }

  /** Records the dispute once; returns whether this call created it. */
  async recordDispute(input: DisputeInput): Promise<boolean> {
    const [existing] = await this.listStripeDisputes({ id: input.id })
    if (existing) return false
    try {
      const due = input.evidence_due_by
      await this.createStripeDisputes({ ...input, evidence_due_by: due === null ? null : new Date(due) })
      return true
    } catch (error) {
      const [raced] = await this.listStripeDisputes({ id: input.id })
      if (raced) return false
      throw error
    }
  }
}
