import type { Logger } from "@medusajs/framework/types"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { type SqlManager, sqlOf } from "../../lib/sql"
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

/** What Medusa's own payment webhook route waits, and STRIPE_WEBHOOK_DELAY_MS's default. */
const DEFAULT_PROCESSING_DELAY_MS = 5_000

const EVENT_ROW_COLUMNS = "id, type, object_id, status, attempts, created_at"

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
  protected readonly manager_: SqlManager
  protected stripe_?: Stripe

  constructor(container: { logger: Logger; manager: SqlManager }, options: StripeEventsModuleOptions = {}) {
    // biome-ignore lint/complexity/noArguments: MedusaService needs the module's original arguments
    super(...arguments)
    this.options_ = options ?? {}
    this.logger_ = container.logger
    this.manager_ = container.manager
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

  /**
   * How long a received event waits before its job runs. Stripe reports an authorization while the buyer's checkout
   * is still completing the cart; processing it at once would race that request for the cart and the server.
   */
  processingDelayMs(): number {
    return this.options_.webhookDelayMs ?? DEFAULT_PROCESSING_DELAY_MS
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

  /**
   * Records the event unless it is known, in one statement: the primary key settles a concurrent delivery of the
   * same event, which finds the winner's row. The webhook answers Stripe with this alone, so it stays cheap.
   */
  async recordReceived(event: ReceivedStripeEvent): Promise<{ row: EventRow; created: boolean }> {
    const sql = sqlOf(this.manager_)
    // A reception undone between the two statements (its queue was down) leaves no row: try once more.
    for (let attempt = 0; attempt < 2; attempt++) {
      const [inserted] = await sql<EventRow>(
        `insert into processed_stripe_event (id, type, object_id, status, stripe_created_at, processed_at, outcome)
         values (?, ?, ?, ?, to_timestamp(?), ?, ?)
         on conflict (id) do nothing
         returning ${EVENT_ROW_COLUMNS}`,
        [
          event.id,
          event.type,
          event.object_id,
          event.status,
          event.created,
          event.status === "received" ? null : new Date(),
          event.status === "ignored" ? "not an event Usra acts on" : null,
        ],
      )
      if (inserted) return { row: inserted, created: true }
      const [existing] = await sql<EventRow>(
        `select ${EVENT_ROW_COLUMNS} from processed_stripe_event where id = ? and deleted_at is null`,
        [event.id],
      )
      if (existing) return { row: existing, created: false }
    }
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Stripe event ${event.id} is being received and undone at the same time: deliver it again`,
    )
  }

  /** Undoes a reception whose job could not be queued, so Stripe's next delivery is recorded afresh. */
  async forgetReception(id: string): Promise<void> {
    await sqlOf(this.manager_)("delete from processed_stripe_event where id = ? and status = 'received'", [
      id,
    ])
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
