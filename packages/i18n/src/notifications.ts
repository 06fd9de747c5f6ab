import { type Bilingual, type MessageParams, renderBilingual } from "./translate"

// A tuple, so the backend can build `z.enum(NOTIFICATION_TEMPLATES)`; the catalogues check they match it.
export const NOTIFICATION_TEMPLATES = [
  "welcome",
  "test",
  "family_status_changed",
  "password_reset",
  "family_invite",
  "listing_approved",
  "listing_changes_requested",
  "family_order_received",
  "payment_disputed",
  "payout_paid",
  "payout_failed",
  "consignment_opened",
  "consignment_reminder",
  "consignment_overdue",
  "consignment_cancelled",
  "order_items_refunded",
  "order_canceled",
  "order_shipped",
] as const
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number]

export type RenderedNotification = { subject: Bilingual; body: Bilingual }

export function isNotificationTemplate(name: unknown): name is NotificationTemplate {
  return typeof name === "string" && (NOTIFICATION_TEMPLATES as readonly string[]).includes(name)
}

/** Subject and body in Arabic and English; throws for a template that does not exist. */
export function renderNotification(template: string, params?: MessageParams): RenderedNotification {
  if (!isNotificationTemplate(template)) {
    throw new Error(
      `Unknown notification template "${template}": expected one of ${NOTIFICATION_TEMPLATES.join(", ")}`,
    )
  }
  return {
    subject: renderBilingual(`notifications.${template}.subject`, params),
    body: renderBilingual(`notifications.${template}.body`, params),
  }
}
