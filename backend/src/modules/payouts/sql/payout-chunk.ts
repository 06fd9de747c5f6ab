import { generateEntityId } from "@medusajs/framework/utils"
import { lockKey, type Sql } from "../../../lib/sql"
import { USABLE_ACCOUNT } from "./payout-candidates"

export const PAYOUT_RUN_LOCK = "payout-run"

export type ChunkInput = {
  run_id: string
  batch_id: string
  threshold: number
  family_ids: string[]
  job_id?: string | null
}

/**
 * Pays one chunk of families in one statement: for each family whose balance (read again, inside the
 * transaction) still reaches the threshold, with a usable account and no unresolved payout, a payout row and its
 * `payout` ledger entry, together or not at all. A family already paid in this run is skipped (unique
 * family_id + run_id), so a chunk that runs again pays nobody twice. Runs take turns (an advisory lock), so two
 * runs at once cannot both pay a family.
 */
export async function payChunk(sql: Sql, input: ChunkInput) {
  await lockKey(sql, PAYOUT_RUN_LOCK)
  const ids = input.family_ids.map((family_id) => ({
    family_id,
    payout_id: generateEntityId(undefined, "pay"),
    entry_id: generateEntityId(undefined, "led"),
  }))
  return sql<{ payout_id: string; family_id: string; amount: number }>(
    `with chunk as (
       select * from jsonb_to_recordset(?::jsonb) as c(family_id text, payout_id text, entry_id text)),
     balances as (
       select l.family_id, sum(l.amount)::bigint as balance
         from ledger_entry l join chunk c on c.family_id = l.family_id
        where l.deleted_at is null group by l.family_id having sum(l.amount) >= ? and sum(l.amount) > 0),
     eligible as (
       select c.payout_id, c.entry_id, b.family_id, b.balance, a.rail, a.iban, a.cliq_alias,
              a.account_holder_name, a.stripe_account_id
         from balances b
         join chunk c on c.family_id = b.family_id
         join payout_account a on a.family_id = b.family_id and a.deleted_at is null and (${USABLE_ACCOUNT})
        where not exists (select 1 from payout p where p.family_id = b.family_id and p.deleted_at is null
                            and (p.status in ('pending', 'approved', 'sent') or p.run_id = ?))),
     payouts as (
       insert into payout (id, family_id, run_id, batch_id, amount, rail, status, destination, created_at, updated_at)
       select e.payout_id, e.family_id, ?, case when e.rail = 'bank_cliq' then ? end, e.balance, e.rail, 'pending',
              jsonb_strip_nulls(jsonb_build_object('iban', e.iban, 'cliq_alias', e.cliq_alias,
                'account_holder_name', e.account_holder_name, 'stripe_account_id', e.stripe_account_id)),
              clock_timestamp(), clock_timestamp()
         from eligible e
       on conflict (family_id, run_id) where deleted_at is null do nothing
       returning id, family_id, amount, rail)
     insert into ledger_entry (id, family_id, order_id, kind, amount, reference, description_ar, description_en,
                               created_by_job, created_at, updated_at)
     select e.entry_id, p.family_id, '', 'payout', -p.amount, p.id,
            'دفعة إلى حسابكم (' || p.id || ')', 'Payout to your account (' || p.id || ')', ?,
            clock_timestamp(), clock_timestamp()
       from payouts p join eligible e on e.payout_id = p.id
     on conflict (family_id, order_id, kind, reference) where deleted_at is null do nothing
     returning reference as payout_id, family_id, -amount as amount`,
    [JSON.stringify(ids), input.threshold, input.run_id, input.run_id, input.batch_id, input.job_id ?? null],
  )
}
