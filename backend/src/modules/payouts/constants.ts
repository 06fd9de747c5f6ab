export const LEDGER_KINDS = [
  "sale",
  "commission",
  "shipping_share",
  "refund",
  "clawback",
  "payout",
  "adjustment",
] as const
export type LedgerKind = (typeof LEDGER_KINDS)[number]

export const PAYOUT_RAILS = ["bank_cliq", "stripe_connect"] as const
export type PayoutRail = (typeof PAYOUT_RAILS)[number]

export const PAYOUT_STATUSES = ["pending", "approved", "sent", "paid", "failed", "cancelled"] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]
/** A payout in one of these still holds the family's money: the next run skips the family. */
export const UNRESOLVED_PAYOUT_STATUSES: PayoutStatus[] = ["pending", "approved", "sent"]

export const PAYOUT_RUN_STATUSES = ["pending", "running", "completed", "failed"] as const
export const PAYOUT_RUN_TRIGGERS = ["scheduled", "manual"] as const

export const PAYOUT_BATCH_STATUSES = ["pending_approval", "approved", "paid"] as const
export type PayoutBatchStatus = (typeof PAYOUT_BATCH_STATUSES)[number]

export const ONBOARDING_STATUSES = ["not_started", "pending", "complete"] as const
export type OnboardingStatus = (typeof ONBOARDING_STATUSES)[number]
