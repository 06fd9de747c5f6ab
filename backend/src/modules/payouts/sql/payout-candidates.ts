import type { Sql } from "../../../lib/sql"
import { toInt } from "./runner"

/** An account a payout can go to: an IBAN or alias on bank_cliq, an onboarded connected account on Stripe. */
export const USABLE_ACCOUNT = `(a.rail = 'bank_cliq' and (a.iban is not null or a.cliq_alias is not null))
   or (a.rail = 'stripe_connect' and a.stripe_account_id is not null and a.onboarding_status = 'complete')`

export type PayoutCandidates = {
  family_ids: string[]
  without_account: string[]
  unresolved: number
}

/**
 * Every family whose balance reaches the threshold, split into those a payout can go to now, those without a
 * usable payout account (reported), and those still waiting on an earlier payout (skipped).
 */
export async function payoutCandidates(sql: Sql, threshold: number): Promise<PayoutCandidates> {
  const rows = await sql<{ family_id: string; usable: boolean; unresolved: boolean }>(
    `with balances as (
       select family_id from ledger_entry where deleted_at is null
        group by family_id having sum(amount) >= ? and sum(amount) > 0)
     select b.family_id,
            exists (select 1 from payout_account a
                     where a.family_id = b.family_id and a.deleted_at is null and (${USABLE_ACCOUNT})) as usable,
            exists (select 1 from payout p where p.family_id = b.family_id and p.deleted_at is null
                       and p.status in ('pending', 'approved', 'sent')) as unresolved
       from balances b order by b.family_id`,
    [threshold],
  )
  return {
    family_ids: rows.filter((row) => row.usable && !row.unresolved).map((row) => row.family_id),
    without_account: rows.filter((row) => !row.usable && !row.unresolved).map((row) => row.family_id),
    unresolved: toInt(rows.filter((row) => row.unresolved).length),
  }
}
