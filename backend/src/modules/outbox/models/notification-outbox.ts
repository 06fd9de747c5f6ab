import { model } from "@medusajs/framework/utils"

/**
 * One message on one channel. Written before delivery, so a retried job finds it and never sends twice.
 * `transport` says how it left: `outbox` (development and test channel: the row is the delivery) or `smtp`.
 */
export const NotificationOutbox = model
  .define("notification_outbox", {
    id: model.id({ prefix: "ntf" }).primaryKey(),
    idempotency_key: model.text(),
    channel: model.enum(["email", "sms"]),
    recipient: model.text(),
    template: model.text(),
    locale: model.text().nullable(),
    params: model.json(),
    subject_ar: model.text(),
    subject_en: model.text(),
    body_ar: model.text(),
    body_en: model.text(),
    status: model.enum(["pending", "sent", "failed"]).default("pending"),
    transport: model.enum(["outbox", "smtp"]).nullable(),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["idempotency_key", "channel"], unique: true },
    { on: ["recipient"] },
    { on: ["created_at"] },
  ])
