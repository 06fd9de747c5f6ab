import { model } from "@medusajs/framework/utils"

/**
 * One Stripe event, keyed by Stripe's own event id (the primary key makes a second delivery of the same event a
 * conflict, never a second row). Written `received` before any effect; set to `processed` (or `ignored`) only after
 * the effect, so a crash in between leaves it `received` and the next delivery or job retry does the work again.
 */
export const ProcessedStripeEvent = model
  .define("processed_stripe_event", {
    id: model.text().primaryKey(),
    type: model.text(),
    object_id: model.text().nullable(),
    status: model.enum(["received", "processed", "ignored"]).default("received"),
    outcome: model.text().nullable(),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    stripe_created_at: model.dateTime(),
    processed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["object_id"] }, { on: ["type"] }])
