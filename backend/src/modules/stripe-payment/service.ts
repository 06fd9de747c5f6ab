import { randomUUID } from "node:crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  CreateAccountHolderInput,
  CreateAccountHolderOutput,
  DeleteAccountHolderInput,
  DeleteAccountHolderOutput,
  DeletePaymentInput,
  DeletePaymentMethodInput,
  DeletePaymentMethodOutput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ListPaymentMethodsInput,
  ListPaymentMethodsOutput,
  Logger,
  PaymentAccountHolderDTO,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { fromStripeAmount, toStripeAmount } from "../../lib/stripe/amounts"
import { createStripeClient } from "../../lib/stripe/client"
import { idempotencyKey } from "../../lib/stripe/idempotency"
import { sessionStatusOf, webhookActionOf } from "../../lib/stripe/intent-status"
import type { StripeSettings } from "../../lib/stripe/settings"
import { readCardChoice } from "./card-choice"
import {
  type CardPayment,
  chargeOf,
  intentParams,
  pendingPaymentData,
  pendingPaymentOf,
  readReturnUrl,
  refuseUnknownKeys,
} from "./card-payment"
import { authenticationRequiredError, declinedError, intentOfError, stripeFailure } from "./errors"
import {
  assertCardUsableBy,
  createStripeCustomer,
  deleteStripeCustomer,
  detachSavedCard,
  isMissingCustomer,
  listSavedCards,
  refusedCardChoice,
  stripeCustomerOf,
} from "./saved-cards"
import { intentData, intentIdOf, sessionIdOf } from "./session-data"

export type StripePaymentOptions = StripeSettings

type Data = Record<string, unknown> | undefined

/** Intents Stripe still lets us cancel: anything not yet charged or already ended. */
const CANCELABLE: Stripe.PaymentIntent.Status[] = [
  "requires_payment_method",
  "requires_confirmation",
  "requires_action",
  "requires_capture",
  "processing",
]

/**
 * Card payments through Stripe PaymentIntents with manual capture: a payment session records the buyer's card,
 * completing the cart makes and confirms the intent (authorizing the card), and the capture job captures it once
 * the order is placed. Every mutating call carries an idempotency key derived from the
 * Medusa record it serves, so a retry (by the SDK, a job or a buyer) never charges twice.
 */
export default class StripePaymentProvider extends AbstractPaymentProvider<StripePaymentOptions> {
  static override identifier = "stripe"

  protected readonly stripe_: Stripe
  protected readonly options_: StripePaymentOptions
  protected readonly logger_: Logger

  static override validateOptions(options: Record<string, unknown>): void {
    if (typeof options.apiKey !== "string" || options.apiKey.length === 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The Stripe payment provider needs an API key: set STRIPE_API_KEY",
      )
    }
  }

  constructor(container: { logger: Logger }, options: StripePaymentOptions) {
    // biome-ignore lint/complexity/noArguments: the provider base class needs the original arguments
    super(...(arguments as unknown as [Record<string, unknown>, StripePaymentOptions]))
    this.options_ = options
    this.logger_ = container.logger
    this.stripe_ = createStripeClient(options, container.logger)
  }

  /**
   * A session with the card the storefront collected makes no call to Stripe: the intent is made and confirmed when
   * the order is placed (Stripe's "finalize payments on the server"), one round trip instead of two on the buyer's
   * Pay. Without a card, Stripe.js confirms in the browser, so the intent and its client secret are made now.
   * Bad input: an unknown `data` key, a bad `payment_method`, `save_card` or `return_url` 400 naming it; another
   * buyer's saved card 403.
   */
  async initiatePayment({
    amount,
    currency_code,
    data,
    context,
  }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    refuseUnknownKeys(data)
    const sessionId = sessionIdOf(data)
    const customer = stripeCustomerOf(context?.account_holder)
    const { paymentMethod, saveCard } = readCardChoice(data, customer)
    const payment: CardPayment = {
      ...chargeOf(amount, currency_code),
      payment_method: paymentMethod ?? null,
      save_card: saveCard,
      return_url: readReturnUrl(data),
      customer: customer ?? null,
    }
    // A signed-in buyer may name a saved card: it must be theirs. A guest's card is checked by Stripe at the order.
    if (paymentMethod && customer) await assertCardUsableBy(this.stripe_, paymentMethod, customer)
    if (paymentMethod) {
      const id = sessionId ?? context?.idempotency_key ?? randomUUID()
      return { id, status: PaymentSessionStatus.PENDING, data: pendingPaymentData(payment, sessionId) }
    }
    const intent = await this.createSessionIntent(payment, sessionId, context?.idempotency_key, "start")
    return { id: intent.id, status: sessionStatusOf(intent), data: intentData(intent) }
  }

  /**
   * The intent of one payment session, keyed by the session: made when the session starts (no card yet) or when
   * the order is placed (the card recorded); a retry replays it, never a second.
   */
  protected async createSessionIntent(
    payment: CardPayment,
    sessionId: string | undefined,
    key: string | undefined,
    operation: "start" | "authorize",
  ): Promise<Stripe.PaymentIntent> {
    const base = sessionId ?? key ?? randomUUID()
    try {
      return await this.createIntent(intentParams(payment, sessionId), idempotencyKey("create-intent", base))
    } catch (error) {
      throw refusedCardChoice(error) ?? stripeFailure(`${operation} the card payment`, error)
    }
  }

  /**
   * Creates the intent; if Stripe lost the buyer's Customer (the `customer.deleted` webhook not processed yet), the
   * buyer still pays, as a guest would: without the Customer, so nothing can be saved this time.
   */
  protected async createIntent(params: Stripe.PaymentIntentCreateParams, key: string) {
    try {
      return await this.stripe_.paymentIntents.create(params, { idempotencyKey: key })
    } catch (error) {
      if (!params.customer || !isMissingCustomer(error)) throw error
      this.logger_.warn(
        `Stripe has no customer ${params.customer}: paying without it until its account holder goes`,
      )
      const { customer: _, setup_future_usage: __, ...asGuest } = params
      return this.stripe_.paymentIntents.create(asGuest, { idempotencyKey: `${key}-without-customer` })
    }
  }

  /**
   * Completing the cart: a waiting session's intent is made and confirmed now; an existing one (3-D Secure done, or
   * confirmed in the browser) is read, and confirmed if it still needs it. A decline throws the bank's words.
   */
  async authorizePayment({ data, context }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const pending = pendingPaymentOf(data)
    const key = context?.idempotency_key
    const intent = pending
      ? await this.createSessionIntent(pending, sessionIdOf(data), key, "authorize")
      : await this.confirmIfNeeded(data, key)
    const status = sessionStatusOf(intent)
    // 3-D Secure for a new intent is returned, not thrown, so Medusa keeps the intent in the session for the bank's
    // check and the next attempt (it then refuses the completion; place-order answers the buyer with the next
    // action).
    const answered =
      status === PaymentSessionStatus.AUTHORIZED ||
      status === PaymentSessionStatus.CAPTURED ||
      (pending && status === PaymentSessionStatus.REQUIRES_MORE)
    if (!answered) throw notAuthorizedError(intent)
    // A waiting session's own keys go: from now on its data is the intent's.
    const kept = pending ? { session_id: sessionIdOf(data) } : data
    return { status, data: { ...kept, ...intentData(intent) } }
  }

  /** An intent that exists already (3-D Secure done, or confirmed in the browser), confirmed if it still waits. */
  protected async confirmIfNeeded(data: Data, key: string | undefined): Promise<Stripe.PaymentIntent> {
    const id = this.intentId(data, "authorize")
    const intent = await this.retrieveIntent(id)
    if (intent.status !== "requires_confirmation") return intent
    const method =
      typeof intent.payment_method === "string" ? intent.payment_method : intent.payment_method?.id
    try {
      return await this.stripe_.paymentIntents.confirm(
        id,
        {},
        { idempotencyKey: idempotencyKey("confirm-intent", `${key ?? id}-${method}`) },
      )
    } catch (error) {
      throw stripeFailure("authorize the card payment", error)
    }
  }

  async capturePayment({ data, context }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const id = this.intentId(data, "capture")
    try {
      const intent = await this.stripe_.paymentIntents.capture(
        id,
        {},
        { idempotencyKey: idempotencyKey("capture", context?.idempotency_key ?? id) },
      )
      return { data: { ...data, ...intentData(intent) } }
    } catch (error) {
      // Captured already (an earlier attempt whose answer was lost, or someone in Stripe's dashboard): done.
      const intent = intentOfError(error)
      if (intent?.status === "succeeded") return { data: { ...data, ...intentData(intent) } }
      throw stripeFailure("capture the payment", error)
    }
  }

  async refundPayment({ amount, data, context }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const id = this.intentId(data, "refund")
    const intent = await this.retrieveIntent(id, ["latest_charge"])
    const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null
    if (!charge?.captured) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a captured card payment can be refunded")
    }
    // JOD amounts round up to 10 fils: never ask Stripe for more than is left on the charge.
    const refundable = charge.amount_captured - charge.amount_refunded
    const wanted = Math.min(toStripeAmount(amount, intent.currency), refundable)
    if (wanted <= 0) return { data: { ...data, ...intentData(intent) } }
    const refundId = context?.idempotency_key
    try {
      await this.stripe_.refunds.create(
        {
          payment_intent: id,
          amount: wanted,
          // Marks the refund as Medusa's own, so the charge.refunded webhook does not record it a second time.
          metadata: refundId ? { medusa_refund_id: refundId } : {},
        },
        { idempotencyKey: idempotencyKey("refund", refundId ?? randomUUID()) },
      )
    } catch (error) {
      if (!(error as { code?: string }).code?.includes("charge_already_refunded")) {
        throw stripeFailure("refund the payment", error)
      }
    }
    return { data: { ...data, ...intentData(intent) } }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const id = intentIdOf(data)
    if (!id) return { data }
    try {
      const intent = await this.stripe_.paymentIntents.cancel(
        id,
        {},
        { idempotencyKey: idempotencyKey("cancel", id) },
      )
      return { data: { ...data, ...intentData(intent) } }
    } catch (error) {
      const intent = intentOfError(error)
      if (intent?.status === "canceled") return { data: { ...data, ...intentData(intent) } }
      throw stripeFailure("cancel the payment", error)
    }
  }

  /** A session is dropped (the cart changed, or another card was chosen): release what its intent holds. */
  async deletePayment({ data, context }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    const id = intentIdOf(data)
    if (!id) return { data }
    const intent = await this.retrieveIntent(id)
    if (!CANCELABLE.includes(intent.status)) return { data: { ...data, ...intentData(intent) } }
    return this.cancelPayment({ data, context })
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    if (pendingPaymentOf(data)) return { data }
    const intent = await this.retrieveIntent(this.intentId(data, "retrieve"))
    return { data: { ...data, ...intentData(intent) } }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    if (pendingPaymentOf(data)) return { status: PaymentSessionStatus.PENDING, data }
    const intent = await this.retrieveIntent(this.intentId(data, "read"))
    return { status: sessionStatusOf(intent), data: { ...data, ...intentData(intent) } }
  }

  async updatePayment({
    data,
    amount,
    currency_code,
    context,
  }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const pending = pendingPaymentOf(data)
    if (pending) {
      const payment = { ...pending, ...chargeOf(amount, currency_code) }
      return { status: PaymentSessionStatus.PENDING, data: { ...data, ...pendingPaymentData(payment) } }
    }
    const wanted = toStripeAmount(amount, currency_code)
    const id = this.intentId(data, "update")
    if (data?.amount === wanted && data?.currency === currency_code.toLowerCase()) {
      return {
        data,
        status: sessionStatusOf(data as Pick<Stripe.PaymentIntent, "status" | "last_payment_error">),
      }
    }
    try {
      const intent = await this.stripe_.paymentIntents.update(
        id,
        { amount: wanted, currency: currency_code.toLowerCase() },
        {
          idempotencyKey: idempotencyKey(
            "update-intent",
            `${id}-${wanted}-${context?.idempotency_key ?? randomUUID()}`,
          ),
        },
      )
      return { status: sessionStatusOf(intent), data: { ...data, ...intentData(intent) } }
    } catch (error) {
      throw stripeFailure("change the payment amount", error)
    }
  }

  /** A signed-in buyer's Stripe Customer (Medusa's account holder), made at their first card payment. */
  async createAccountHolder({ context }: CreateAccountHolderInput): Promise<CreateAccountHolderOutput> {
    return createStripeCustomer(this.stripe_, context)
  }

  async deleteAccountHolder({ context }: DeleteAccountHolderInput): Promise<DeleteAccountHolderOutput> {
    const customer = stripeCustomerOf(context.account_holder as PaymentAccountHolderDTO)
    if (customer) await deleteStripeCustomer(this.stripe_, customer)
    return {}
  }

  /** The buyer's saved cards: brand, last 4 and expiry only. */
  async listPaymentMethods({ context }: ListPaymentMethodsInput): Promise<ListPaymentMethodsOutput> {
    const customer = stripeCustomerOf(context?.account_holder)
    return customer ? listSavedCards(this.stripe_, customer) : []
  }

  /** Detaches a saved card; the caller has checked it is the buyer's own. */
  async deletePaymentMethod({ data }: DeletePaymentMethodInput): Promise<DeletePaymentMethodOutput> {
    await detachSavedCard(this.stripe_, data.id)
    return {}
  }

  /**
   * For Medusa's generic `/hooks/payment/:provider` path. Usra's own route (`api/hooks/payment/stripe_stripe`)
   * takes Stripe's deliveries, but the answer is the same: what the intent's current state asks for.
   */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const secret = this.options_.webhookSecret
    if (!secret) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "STRIPE_WEBHOOK_SECRET is not set")
    const event = this.stripe_.webhooks.constructEvent(
      payload.rawData,
      String(payload.headers["stripe-signature"] ?? ""),
      secret,
    )
    if (!event.type.startsWith("payment_intent.")) return { action: PaymentActions.NOT_SUPPORTED }
    const intent = await this.retrieveIntent((event.data.object as Stripe.PaymentIntent).id)
    const sessionId = intent.metadata?.session_id
    if (!sessionId) return { action: PaymentActions.NOT_SUPPORTED }
    const minor = intent.status === "succeeded" ? intent.amount_received : intent.amount
    return {
      action: webhookActionOf(intent),
      data: { session_id: sessionId, amount: fromStripeAmount(minor, intent.currency) },
    }
  }

  protected intentId(data: Data, operation: string): string {
    const id = intentIdOf(data)
    if (!id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Cannot ${operation} the card payment: its payment session has no Stripe PaymentIntent`,
      )
    }
    return id
  }

  protected async retrieveIntent(id: string, expand?: string[]): Promise<Stripe.PaymentIntent> {
    try {
      return await this.stripe_.paymentIntents.retrieve(id, expand ? { expand } : undefined)
    } catch (error) {
      throw stripeFailure("read the card payment", error)
    }
  }
}

/** Why completing the cart cannot go on, in words for the buyer, typed so the cart comes back intact. */
function notAuthorizedError(intent: Stripe.PaymentIntent): MedusaError {
  switch (intent.status) {
    case "requires_action":
      return authenticationRequiredError()
    case "requires_payment_method":
      if (intent.last_payment_error) {
        const error = intent.last_payment_error
        return declinedError(error.message, error.decline_code ?? error.code)
      }
      return new MedusaError(
        MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
        "No card has been given for this payment yet.",
        "payment_method_required",
      )
    case "canceled":
      return new MedusaError(
        MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
        "This payment was canceled: choose your card again to pay.",
        "payment_canceled",
      )
    default:
      return new MedusaError(
        MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
        "Your card payment is still being processed: try again in a moment.",
        "payment_processing",
      )
  }
}
