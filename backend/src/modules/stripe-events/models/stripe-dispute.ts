import { model } from "@medusajs/framework/utils"

/** A card payment the buyer's bank disputes, keyed by Stripe's dispute id. Amounts in minor units, as Stripe's. */
export const StripeDispute = model
  .define("stripe_dispute", {
    id: model.text().primaryKey(),
    charge_id: model.text(),
    payment_intent_id: model.text().nullable(),
    payment_id: model.text().nullable(),
    order_id: model.text().nullable(),
    amount: model.number(),
    currency_code: model.text(),
    reason: model.text(),
    status: model.text(),
    evidence_due_by: model.dateTime().nullable(),
    event_id: model.text(),
  })
  .indexes([{ on: ["order_id"] }, { on: ["payment_id"] }, { on: ["charge_id"] }])
