import { formatMoney, isCurrency, type MessageKey, renderBilingual } from "@usra/i18n"
import type { SendNotificationPayload } from "@usra/types"
import type { DisputeInput } from "../../../modules/stripe-events/service"

const KNOWN_REASONS = new Set([
  "fraudulent",
  "duplicate",
  "product_not_received",
  "product_unacceptable",
  "credit_not_processed",
  "unrecognized",
  "subscription_canceled",
])

function amountIn(locale: "ar" | "en", dispute: DisputeInput): string {
  const currency = dispute.currency_code.toUpperCase()
  return isCurrency(currency)
    ? formatMoney(dispute.amount, currency, locale)
    : `${dispute.amount} ${currency}`
}

/** One bilingual `payment_disputed` message per ministry recipient. */
export function disputeNotifications(
  dispute: DisputeInput,
  orderDisplayId: number | null,
  recipients: string[],
): SendNotificationPayload[] {
  const reasonKey = KNOWN_REASONS.has(dispute.reason) ? dispute.reason : "general"
  const reason = renderBilingual(`dispute_reasons.${reasonKey}` as MessageKey)
  return recipients.map((email) => ({
    template: "payment_disputed",
    to: { email },
    locale: "ar" as const,
    idempotency_key: `stripe-dispute-${dispute.id}-${email.replace(/[^a-zA-Z0-9]/g, "_")}`,
    params: {
      order: orderDisplayId === null ? "—" : `#${orderDisplayId}`,
      amount_ar: amountIn("ar", dispute),
      amount_en: amountIn("en", dispute),
      reason_ar: reason.ar,
      reason_en: reason.en,
      // Workflow inputs are stored as JSON: the date may come back as a string.
      due_by: dispute.evidence_due_by ? new Date(dispute.evidence_due_by).toISOString().slice(0, 10) : "—",
      dispute: dispute.id,
    },
  }))
}
