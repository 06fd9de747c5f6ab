import { generateEntityId } from "@medusajs/framework/utils"
import type { Sql } from "../../../lib/sql"
import { refreshBatchTotals } from "./payout-state"

/** The run's one bank/CliQ batch, created once however often the run is worked on. */
export async function ensureBatch(sql: Sql, runId: string): Promise<string> {
  await sql(
    `insert into payout_batch (id, run_id, rail, status, total, raw_total, count, created_at, updated_at)
     values (?, ?, 'bank_cliq', 'pending_approval', 0, '{"value": "0", "precision": 20}'::jsonb, 0, now(), now())
     on conflict (run_id) where deleted_at is null do nothing`,
    [generateEntityId(undefined, "pbat"), runId],
  )
  const [batch] = await sql<{ id: string }>(
    "select id from payout_batch where run_id = ? and deleted_at is null",
    [runId],
  )
  if (!batch) throw new Error(`The batch of payout run ${runId} could not be created`)
  return batch.id
}

/** Totals of a finished run; a batch that got no payout is removed (there is nothing to approve). */
export async function finishRun(
  sql: Sql,
  input: { run_id: string; batch_id: string; without_account: string[]; unresolved: number },
) {
  await refreshBatchTotals(sql, input.batch_id)
  await sql(
    `delete from payout_batch b where b.id = ?
        and not exists (select 1 from payout p where p.batch_id = b.id and p.deleted_at is null)`,
    [input.batch_id],
  )
  await sql(
    `update payout_run r set status = 'completed', completed_at = now(), updated_at = now(),
            payout_count = s.count, total_amount = s.total,
            raw_total_amount = jsonb_build_object('value', s.total::text, 'precision', 20),
            skipped_without_account = ?, skipped_family_ids = ?::jsonb, skipped_unresolved = ?
       from (select count(*)::int as count, coalesce(sum(amount), 0)::bigint as total
               from payout where run_id = ? and deleted_at is null) s
      where r.id = ?`,
    [
      input.without_account.length,
      JSON.stringify(input.without_account.slice(0, 500)),
      input.unresolved,
      input.run_id,
      input.run_id,
    ],
  )
}
