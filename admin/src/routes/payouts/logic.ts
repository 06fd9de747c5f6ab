import type { AdminPayoutBatch } from "@usra/types"

export const TABS = ["batches", "balances", "failed", "rates", "commission", "shipping"] as const
export type Tab = (typeof TABS)[number]

export function tabOf(value: string | null): Tab {
  return (TABS as readonly string[]).includes(value ?? "") ? (value as Tab) : "batches"
}

/** What finance may do with a batch now. */
export function batchActions(batch: Pick<AdminPayoutBatch, "status">): {
  approve: boolean
  file: boolean
  markPaid: boolean
} {
  return {
    approve: batch.status === "pending_approval",
    file: batch.status === "approved" || batch.status === "paid",
    markPaid: batch.status === "approved",
  }
}

/** A positive decimal with at most 6 decimals and at most 100, as the backend accepts for a rate. */
export function rateError(value: string): boolean {
  if (!/^\d{1,3}(\.\d{1,6})?$/.test(value.trim())) return true
  const number = Number(value)
  return !(number > 0 && number <= 100)
}

/** The rates that changed, for one POST. */
export function changedRates(
  original: Record<string, string>,
  edited: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(edited).filter(
      ([currency, rate]) => rate.trim() !== "" && Number(rate) !== Number(original[currency]),
    ),
  )
}

/** Percent typed by finance (e.g. "12.5") as basis points (1250); null when not 0..50 with 2 decimals at most. */
export function percentToBps(text: string): number | null {
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(text.trim())) return null
  const bps = Math.round(Number(text) * 100)
  return bps >= 0 && bps <= 5000 ? bps : null
}

export function bpsToPercent(bps: number): string {
  return (bps / 100).toFixed(2).replace(/\.?0+$/, "")
}

/** The account a payout goes to, as the transfer file names it: IBAN or CliQ alias, and the holder's name. */
export function destinationText(destination: Record<string, unknown>): string {
  const holder = typeof destination.account_holder_name === "string" ? destination.account_holder_name : ""
  const account =
    (typeof destination.iban === "string" && destination.iban) ||
    (typeof destination.cliq_alias === "string" && destination.cliq_alias) ||
    (typeof destination.stripe_account_id === "string" && destination.stripe_account_id) ||
    ""
  return [holder, account].filter(Boolean).join(" · ")
}
