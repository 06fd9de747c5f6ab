import { z } from "zod"
import { Id, IsoDateTime, Locale } from "./common"

export const NotificationChannel = z.enum(["email", "sms"], { error: "channel must be one of: email, sms" })
export type NotificationChannel = z.infer<typeof NotificationChannel>

// A plain name rather than an enum of the i18n templates: the contract must not depend on @usra/i18n.
// The worker checks the name against NOTIFICATION_TEMPLATES when it renders.
export const NotificationTemplateName = z
  .string({ error: "template must be a string" })
  .min(1, "template must not be empty")
  .max(64, "template must be at most 64 characters")
  .regex(
    /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/,
    "template must be lowercase snake_case, e.g. family_status_changed",
  )
export type NotificationTemplateName = z.infer<typeof NotificationTemplateName>

const E164 = /^\+[1-9]\d{1,14}$/

export const NotificationRecipient = z
  .strictObject({
    email: z.email("to.email must be a valid email address").max(254, "to.email is too long").optional(),
    phone: z
      .string({ error: "to.phone must be a string" })
      .regex(E164, "to.phone must be in E.164 format, e.g. +962791234567")
      .optional(),
  })
  .refine((to) => to.email !== undefined || to.phone !== undefined, {
    message: "to must have an email or a phone number",
  })
export type NotificationRecipient = z.infer<typeof NotificationRecipient>

export const MAX_NOTIFICATION_PARAMS = 50

export const NotificationParams = z
  .record(
    z.string().regex(/^\w{1,64}$/, "params keys must be 1 to 64 letters, digits or underscores"),
    // The length check sits after the union so its message is not swallowed by "invalid union".
    z
      .union([z.string(), z.number()], { error: "params values must be strings or numbers" })
      .refine((value) => typeof value !== "string" || value.length <= 2000, {
        message: "params values must be at most 2000 characters",
      }),
  )
  .refine((params) => Object.keys(params).length <= MAX_NOTIFICATION_PARAMS, {
    message: `params must have at most ${MAX_NOTIFICATION_PARAMS} keys`,
  })
export type NotificationParams = z.infer<typeof NotificationParams>

// It becomes the BullMQ jobId, which may contain no ':' and must not be all digits.
export const IdempotencyKey = z
  .string({ error: "idempotency_key must be a string" })
  .min(1, "idempotency_key must not be empty")
  .max(128, "idempotency_key must be at most 128 characters")
  .regex(/^[^:]*$/, "idempotency_key must not contain ':'")
  .regex(/\D/, "idempotency_key must not be all digits")
export type IdempotencyKey = z.infer<typeof IdempotencyKey>

/** The job payload for sending a notification; messages are always rendered in Arabic and English. */
export const SendNotificationPayload = z.object({
  template: NotificationTemplateName,
  to: NotificationRecipient,
  /** The recipient's preferred language, shown first; both languages are always sent. */
  locale: Locale.optional(),
  params: NotificationParams,
  idempotency_key: IdempotencyKey,
})
export type SendNotificationPayload = z.infer<typeof SendNotificationPayload>

export const NotificationStatus = z.enum(["pending", "sent", "failed"])
export type NotificationStatus = z.infer<typeof NotificationStatus>

/** One message on one channel, recorded before it is sent so that a retry never sends it twice. */
export const NotificationOutboxDTO = z.object({
  id: Id,
  template: NotificationTemplateName,
  channel: NotificationChannel,
  recipient: z.string().min(1),
  locale: Locale.nullable(),
  params: NotificationParams,
  idempotency_key: IdempotencyKey,
  status: NotificationStatus,
  attempts: z.number().int().nonnegative(),
  last_error: z.string().nullable(),
  created_at: IsoDateTime,
  sent_at: IsoDateTime.nullable(),
})
export type NotificationOutboxDTO = z.infer<typeof NotificationOutboxDTO>
