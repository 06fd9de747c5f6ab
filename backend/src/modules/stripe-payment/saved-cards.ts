import type {
  CreateAccountHolderInput,
  PaymentAccountHolderDTO,
  PaymentCustomerDTO,
} from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { idempotencyKey } from "../../lib/stripe/idempotency"
import { stripeFailure } from "./errors"

/** What a buyer may see of a saved card: enough to recognise it, nothing to charge it elsewhere. */
export type SavedCard = { brand: string; last4: string; exp_month: number; exp_year: number }

/** The Stripe Customer id Medusa keeps in the customer's account holder, if there is one. */
export function stripeCustomerOf(holder: Partial<PaymentAccountHolderDTO> | undefined): string | undefined {
  const id = holder?.data?.id
  return typeof id === "string" && id.startsWith("cus_") ? id : undefined
}

/**
 * The buyer's Stripe Customer, created the first time a signed-in buyer starts a card payment. The key is the
 * Medusa customer's id, so two checkouts racing for the first payment get one Stripe Customer.
 */
export async function createStripeCustomer(
  stripe: Stripe,
  { account_holder, customer }: CreateAccountHolderInput["context"],
): Promise<{ id: string; data: { id: string } }> {
  const existing = stripeCustomerOf(account_holder)
  if (existing) return { id: existing, data: { id: existing } }
  if (!customer?.id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A saved-card account needs a signed-in customer")
  }
  const params: Stripe.CustomerCreateParams = {
    email: customer.email,
    name: displayName(customer),
    metadata: { medusa_customer_id: customer.id },
  }
  try {
    let key = customer.id
    for (let attempt = 0; attempt < MAX_CUSTOMER_ATTEMPTS; attempt++) {
      const created = await stripe.customers.create(params, {
        idempotencyKey: idempotencyKey("create-customer", key),
      })
      // A replay answers the Customer this key made before, which Stripe may have deleted since (the buyer's
      // account holder was removed for that): then a key of its own makes the buyer's next Customer.
      if (
        created.lastResponse.headers["idempotent-replayed"] !== "true" ||
        !(await isCustomerDeleted(stripe, created.id))
      ) {
        // Only the id is kept in Medusa: the rest of the Stripe Customer is Stripe's to hold.
        return { id: created.id, data: { id: created.id } }
      }
      key = `${customer.id}-after-${created.id}`
    }
  } catch (error) {
    throw stripeFailure("set up the buyer's saved cards", error)
  }
  throw new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    `Stripe deleted this buyer's Customer ${MAX_CUSTOMER_ATTEMPTS} times: not making another`,
  )
}

/** How many Customers one buyer may have had deleted in Stripe before we stop making new ones. */
const MAX_CUSTOMER_ATTEMPTS = 5

/** Whether Stripe has deleted this Customer (it still answers for it, as `{ id, deleted: true }`). */
export async function isCustomerDeleted(stripe: Stripe, customerId: string): Promise<boolean> {
  const current = await stripe.customers.retrieve(customerId)
  return "deleted" in current && current.deleted === true
}

function displayName(customer: PaymentCustomerDTO): string | undefined {
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ").trim()
  return customer.company_name || name || undefined
}

export async function deleteStripeCustomer(stripe: Stripe, customerId: string): Promise<void> {
  try {
    await stripe.customers.del(
      customerId,
      {},
      { idempotencyKey: idempotencyKey("delete-customer", customerId) },
    )
  } catch (error) {
    if ((error as { code?: string }).code === "resource_missing") return
    throw stripeFailure("remove the buyer's saved cards", error)
  }
}

/**
 * Stripe no longer has this Customer (deleted in its dashboard or by a data deletion request); the
 * `customer.deleted` webhook removes Medusa's account holder, but until it is processed the id is stale.
 */
export function isMissingCustomer(error: unknown): boolean {
  return (
    error instanceof Stripe.errors.StripeInvalidRequestError &&
    error.code === "resource_missing" &&
    (error.param === "customer" || /no such customer/i.test(error.message))
  )
}

/** The customer's saved cards, newest first, as brand, last 4 and expiry only; none once Stripe lost the Customer. */
export async function listSavedCards(
  stripe: Stripe,
  customerId: string,
): Promise<{ id: string; data: SavedCard }[]> {
  try {
    const page = await stripe.customers.listPaymentMethods(customerId, { type: "card", limit: 100 })
    return page.data
      .filter((method) => method.card)
      .sort((a, b) => b.created - a.created)
      .map((method) => ({ id: method.id, data: cardFacts(method.card as Stripe.PaymentMethod.Card) }))
  } catch (error) {
    if (isMissingCustomer(error)) return []
    throw stripeFailure("read the saved cards", error)
  }
}

function cardFacts(card: Stripe.PaymentMethod.Card): SavedCard {
  return { brand: card.brand, last4: card.last4, exp_month: card.exp_month, exp_year: card.exp_year }
}

/** Detaches a saved card from its customer; one already detached is gone already. */
export async function detachSavedCard(stripe: Stripe, paymentMethodId: string): Promise<void> {
  try {
    await stripe.paymentMethods.detach(
      paymentMethodId,
      {},
      { idempotencyKey: idempotencyKey("detach-card", paymentMethodId) },
    )
  } catch (error) {
    if ((error as { code?: string }).code === "payment_method_unexpected_state") return
    throw stripeFailure("remove the saved card", error)
  }
}

/**
 * A card a buyer names by id must be a new one or one of their own saved cards. Checked before any intent is
 * made, so another buyer's card is never charged and Stripe's refusal (which names its owner) never reaches them.
 */
export async function assertCardUsableBy(
  stripe: Stripe,
  paymentMethodId: string,
  customerId: string | undefined,
): Promise<void> {
  let method: Stripe.PaymentMethod
  try {
    method = await stripe.paymentMethods.retrieve(paymentMethodId)
  } catch (error) {
    if ((error as { code?: string }).code === "resource_missing") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "payment_method: no such card; enter the card again",
      )
    }
    throw stripeFailure("read the card", error)
  }
  const owner = typeof method.customer === "string" ? method.customer : method.customer?.id
  if (owner && owner !== customerId) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "payment_method: this card is not one of your saved cards",
    )
  }
}

/**
 * Stripe's refusal of the card a guest named (another buyer's saved card, a removed or an unknown one), in our words:
 * Stripe's own name the card's owner. Guests are not checked before the intent is made (a new card from the card
 * form belongs to no one), so this is where a stolen card id is stopped for them; nothing is charged either way.
 */
export function refusedCardChoice(error: unknown): MedusaError | undefined {
  if (!(error instanceof Stripe.errors.StripeInvalidRequestError) || error.param !== "payment_method") return
  if (error.code === "resource_missing") {
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "payment_method: no such card; enter the card again",
    )
  }
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "payment_method: this card cannot be used (removed, already used once, or saved by someone else); enter the card again",
  )
}
