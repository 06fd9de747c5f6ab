import type { MedusaContainer } from "@medusajs/framework/types"
import type Stripe from "stripe"

export type StripeEventContext = {
  container: MedusaContainer
  stripe: Stripe
  /** The id of the event's object (intent, charge, dispute); handlers read the object back from Stripe. */
  objectId: string
  eventId: string
}

/** Does what one kind of event asks and says what it did (kept as the event's outcome). */
export type StripeEventHandler = (context: StripeEventContext) => Promise<string>
