import { formatMoney } from "@usra/i18n"
import type { SendNotificationPayload } from "@usra/types"

export type PayoutNotice = {
  payout_id: string
  amount: number
  rail: string
  family: { name_ar: string; name_en: string; emails: string[] }
}

const DESTINATION = {
  bank_cliq: { ar: "حسابكم البنكي أو عنوان كليك", en: "bank account or CliQ alias" },
  stripe_connect: { ar: "حسابكم في Stripe", en: "Stripe account" },
} as const

/** One bilingual message per family member; the idempotency key makes each one go out once. */
export function payoutNotifications(
  notice: PayoutNotice,
  outcome: { kind: "paid" } | { kind: "failed"; reason: string },
): SendNotificationPayload[] {
  const destination = DESTINATION[notice.rail as keyof typeof DESTINATION] ?? DESTINATION.bank_cliq
  return notice.family.emails.map((email) => ({
    template: outcome.kind === "paid" ? "payout_paid" : "payout_failed",
    to: { email },
    locale: "ar" as const,
    idempotency_key:
      `payout-${outcome.kind}-${notice.payout_id}-${email.replace(/[^a-zA-Z0-9]/g, "_")}`.slice(0, 128),
    params: {
      family_ar: notice.family.name_ar,
      family_en: notice.family.name_en,
      amount_ar: formatMoney(notice.amount, "JOD", "ar"),
      amount_en: formatMoney(notice.amount, "JOD", "en"),
      destination_ar: destination.ar,
      destination_en: destination.en,
      reference: notice.payout_id,
      ...(outcome.kind === "failed" ? { reason: outcome.reason.slice(0, 500) } : {}),
    },
  }))
}
