import { formatMoney, isCurrency } from "@usra/i18n"
import type { SendNotificationPayload } from "@usra/types"
import { ammanDateTime } from "../../../lib/consignments/format-date"
import { type ConsignmentItem, emailKey, itemLines } from "./services"

type Family = { name_ar: string; name_en: string; emails: string[] }
type ConsignmentFacts = {
  id: string
  code: string
  display_id: string
  hub: string
  dropoff_deadline: Date | string
  items: ConsignmentItem[]
}

const order = (displayId: string) => `#${displayId}`

function familyParams(consignment: ConsignmentFacts, family: Family) {
  const deadline = ammanDateTime(consignment.dropoff_deadline)
  return {
    family_ar: family.name_ar,
    family_en: family.name_en,
    order: order(consignment.display_id),
    code: consignment.code,
    hub: consignment.hub,
    deadline_ar: deadline.ar,
    deadline_en: deadline.en,
  }
}

/** One message per member of the family, keyed by what it is about, so a second run sends nothing new. */
export function familyNotifications(
  template: "consignment_opened" | "consignment_reminder" | "consignment_cancelled",
  consignment: ConsignmentFacts,
  family: Family,
  extra: Record<string, string | number> = {},
): SendNotificationPayload[] {
  return family.emails.map((email) => ({
    template,
    to: { email },
    locale: "ar" as const,
    idempotency_key: `${template}-${consignment.id}-${emailKey(email)}`,
    params: { ...familyParams(consignment, family), items: itemLines(consignment.items), ...extra },
  }))
}

/** Hub staff and super admins: a consignment is past its deadline. */
export function overdueNotifications(
  consignment: ConsignmentFacts,
  family: Family,
  recipients: string[],
  cancelAt: Date,
): SendNotificationPayload[] {
  const cancel = ammanDateTime(cancelAt)
  return recipients.map((email) => ({
    template: "consignment_overdue",
    to: { email },
    locale: "ar" as const,
    idempotency_key: `consignment_overdue-${consignment.id}-${emailKey(email)}`,
    params: { ...familyParams(consignment, family), cancel_at_ar: cancel.ar, cancel_at_en: cancel.en },
  }))
}

/** An amount in minor units as the buyer reads it, in both languages. */
export function moneyParams(name: string, minor: number, currency: string): Record<string, string> {
  const code = currency.toUpperCase()
  if (!isCurrency(code)) return { [name]: `${minor} ${code}` }
  return { [`${name}_ar`]: formatMoney(minor, code, "ar"), [`${name}_en`]: formatMoney(minor, code, "en") }
}

/** The buyer's message, in English first (buyers are mostly abroad) and Arabic. */
export function buyerNotification(
  template: "order_items_refunded" | "order_canceled" | "order_shipped",
  email: string | null | undefined,
  key: string,
  params: Record<string, string | number>,
): SendNotificationPayload[] {
  if (!email) return []
  return [
    {
      template,
      to: { email },
      locale: "en" as const,
      idempotency_key: `${template}-${key}-${emailKey(email)}`,
      params,
    },
  ]
}
