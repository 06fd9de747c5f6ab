import type { Sql } from "../../../lib/sql"
import { USABLE_ACCOUNT } from "./payout-candidates"
import { toInt } from "./runner"

export type PayoutPreviewRow = {
  family_id: string
  balance: number
  rail: string | null
  status: "will_be_paid" | "no_account" | "waiting_on_payout"
}

/**
 * What a run with this threshold would do now, without doing it: each family whose balance reaches it (largest
 * first, at most `limit`), whether it would be paid, skipped for want of a payout account or for a payout still
 * open, and the totals over all of them.
 */
export async function payoutPreview(sql: Sql, threshold: number, limit: number) {
  const rows = await sql<{
    family_id: string
    balance: string
    rail: string | null
    usable: boolean
    unresolved: boolean
  }>(
    `with balances as (
       select family_id, sum(amount) as balance from ledger_entry where deleted_at is null
        group by family_id having sum(amount) >= ? and sum(amount) > 0)
     select b.family_id, b.balance::text as balance,
            (select a.rail from payout_account a where a.family_id = b.family_id and a.deleted_at is null limit 1) as rail,
            exists (select 1 from payout_account a
                     where a.family_id = b.family_id and a.deleted_at is null and (${USABLE_ACCOUNT})) as usable,
            exists (select 1 from payout p where p.family_id = b.family_id and p.deleted_at is null
                       and p.status in ('pending', 'approved', 'sent')) as unresolved
       from balances b order by b.balance desc, b.family_id`,
    [threshold],
  )
  const families: PayoutPreviewRow[] = rows.map((row) => ({
    family_id: row.family_id,
    balance: toInt(row.balance),
    rail: row.rail,
    status: row.unresolved ? "waiting_on_payout" : row.usable ? "will_be_paid" : "no_account",
  }))
  const paid = families.filter((row) => row.status === "will_be_paid")
  return {
    threshold,
    payout_count: paid.length,
    total_amount: paid.reduce((sum, row) => sum + row.balance, 0),
    skipped_without_account: families.filter((row) => row.status === "no_account").length,
    skipped_unresolved: families.filter((row) => row.status === "waiting_on_payout").length,
    families: families.slice(0, limit),
  }
}
