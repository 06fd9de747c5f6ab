import type { Sql } from "../../../lib/sql"
import type { PayoutStatus } from "../constants"
import { insertEntries } from "./ledger"

export type PayoutRow = {
  id: string
  family_id: string
  run_id: string
  batch_id: string | null
  amount: number
  rail: string
  status: PayoutStatus
  stripe_transfer_id: string | null
}

const RETURNING = "returning id, family_id, run_id, batch_id, amount, rail, status, stripe_transfer_id"

/**
 * Ends a payout that will not reach the family (failed at the bank, refused by Stripe, cancelled) and gives the
 * money back to the balance with an `adjustment` entry whose reference is the payout id: both or neither.
 * Null when the payout is not in one of `from`.
 */
export async function returnPayout(
  sql: Sql,
  input: {
    payout_id: string
    to: "failed" | "cancelled"
    from: PayoutStatus[]
    reason: string
    by: string | null
    reversal_id?: string | null
  },
): Promise<{ payout: PayoutRow; entry_id: string | null } | null> {
  const [payout] = await sql<PayoutRow>(
    `update payout set status = ?, failure_reason = ?, resolved_by = ?,
            stripe_reversal_id = coalesce(?, stripe_reversal_id), updated_at = now()
      where id = ? and deleted_at is null and status in (${input.from.map(() => "?").join(", ")}) ${RETURNING}`,
    [input.to, input.reason, input.by, input.reversal_id ?? null, input.payout_id, ...input.from],
  )
  if (!payout) return null
  const after = input.to === "failed" ? "فشلها" : "إلغائها"
  const [entry] = await insertEntries(sql, [
    {
      family_id: payout.family_id,
      kind: "adjustment",
      amount: payout.amount,
      reference: payout.id,
      description_ar: `إعادة مبلغ الدفعة ${payout.id} بعد ${after}: ${input.reason}`,
      description_en: `Payout ${payout.id} ${input.to}, amount returned: ${input.reason}`,
    },
  ])
  if (payout.batch_id) await refreshBatchTotals(sql, payout.batch_id)
  return { payout, entry_id: entry?.id ?? null }
}

/** Puts a payout back as it was before returnPayout (workflow compensation): the adjustment never happened. */
export async function undoReturnPayout(
  sql: Sql,
  payoutId: string,
  status: PayoutStatus,
  entryId: string | null,
) {
  await sql(
    "update payout set status = ?, failure_reason = null, resolved_by = null, updated_at = now() where id = ?",
    [status, payoutId],
  )
  if (entryId) await sql("delete from ledger_entry where id = ?", [entryId])
  const [row] = await sql<{ batch_id: string | null }>("select batch_id from payout where id = ?", [payoutId])
  if (row?.batch_id) await refreshBatchTotals(sql, row.batch_id)
}

/** A batch's count and total: its payouts that are still going out (failed and cancelled ones are not). */
export async function refreshBatchTotals(sql: Sql, batchId: string) {
  await sql(
    `update payout_batch b set count = s.count, total = s.total,
            raw_total = jsonb_build_object('value', s.total::text, 'precision', 20), updated_at = now()
       from (select count(*)::int as count, coalesce(sum(amount), 0)::bigint as total from payout
              where batch_id = ? and deleted_at is null and status not in ('failed', 'cancelled')) s
      where b.id = ?`,
    [batchId, batchId],
  )
}

/** Moves every payout of a batch from one status to the next; returns the payouts moved. */
export async function moveBatchPayouts(
  sql: Sql,
  input: { batch_id: string; from: PayoutStatus; to: PayoutStatus; bank_reference?: string | null },
) {
  return sql<PayoutRow>(
    `update payout set status = ?, bank_reference = coalesce(?, bank_reference),
            paid_at = case when ? = 'paid' then now() else paid_at end, updated_at = now()
      where batch_id = ? and status = ? and deleted_at is null ${RETURNING}`,
    [input.to, input.bank_reference ?? null, input.to, input.batch_id, input.from],
  )
}
