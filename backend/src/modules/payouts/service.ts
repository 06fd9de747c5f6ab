import { generateEntityId, MedusaService } from "@medusajs/framework/utils"
import { lockKey, type Sql, type SqlManager, sqlOf } from "../../lib/sql"
import type { PayoutStatus } from "./constants"
import { CommissionRule } from "./models/commission-rule"
import { FamilyRefund } from "./models/family-refund"
import { LedgerEntry } from "./models/ledger-entry"
import { Payout } from "./models/payout"
import { PayoutAccount } from "./models/payout-account"
import { PayoutBatch } from "./models/payout-batch"
import { PayoutRun } from "./models/payout-run"
import { bookRefundEntries } from "./sql/book-refund"
import { balanceOf, balancesPage } from "./sql/ledger"
import { payoutCandidates } from "./sql/payout-candidates"
import { type ChunkInput, payChunk } from "./sql/payout-chunk"
import { payoutPreview } from "./sql/payout-preview"
import { ensureBatch, finishRun } from "./sql/payout-run"
import { moveBatchPayouts, returnPayout, undoReturnPayout } from "./sql/payout-state"
import { type ReleaseInput, releaseEntries } from "./sql/release"

type Dependencies = { manager: SqlManager }

/**
 * The ledger, payout accounts, commission rules, runs, payouts and batches. The generated methods read and
 * write single rows; everything that must be all-or-nothing, or is bulk, is one SQL transaction here.
 */
export default class PayoutsModuleService extends MedusaService({
  LedgerEntry,
  PayoutAccount,
  CommissionRule,
  PayoutRun,
  Payout,
  PayoutBatch,
  FamilyRefund,
}) {
  protected readonly manager_: SqlManager

  constructor(container: Dependencies) {
    // biome-ignore lint/complexity/noArguments: MedusaService needs the module's original arguments
    super(...arguments)
    this.manager_ = container.manager
  }

  protected read(): Sql {
    return sqlOf(this.manager_)
  }

  protected inTransaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.manager_.transactional((manager) => work(sqlOf(manager)))
  }

  releaseFamilyOrder(input: ReleaseInput) {
    return this.inTransaction((sql) => releaseEntries(sql, input))
  }

  bookRefund(refundId: string) {
    return this.inTransaction((sql) => bookRefundEntries(sql, refundId))
  }

  balanceOf(familyId: string) {
    return balanceOf(this.read(), familyId)
  }

  balances(limit: number, offset: number) {
    return balancesPage(this.read(), limit, offset)
  }

  /** What a payout run with this threshold would pay now (nothing is written). */
  previewPayoutRun(threshold: number, limit = 100) {
    return payoutPreview(this.read(), threshold, limit)
  }

  /** The active rate per category id, and the global one (key null). */
  async activeCommissionRates(): Promise<Map<string | null, number>> {
    const rules = await this.listCommissionRules({ active: true }, { select: ["category_id", "rate_bps"] })
    return new Map(rules.map((rule) => [rule.category_id ?? null, rule.rate_bps]))
  }

  /** A new active rule for a category (or the global one); the one it replaces stays as history. */
  setCommissionRule(input: { category_id: string | null; rate_bps: number; created_by: string | null }) {
    return this.inTransaction(async (sql) => {
      await lockKey(sql, "commission-rules")
      const retired = await sql<{ id: string }>(
        `update commission_rule set active = false, updated_at = now()
          where active and deleted_at is null and category_id is not distinct from ? returning id`,
        [input.category_id],
      )
      const id = generateEntityId(undefined, "comr")
      await sql(
        `insert into commission_rule (id, category_id, rate_bps, active, created_by, created_at, updated_at)
         values (?, ?, ?, true, ?, now(), now())`,
        [id, input.category_id, input.rate_bps, input.created_by],
      )
      return { id, retired: retired.map((row) => row.id) }
    })
  }

  /** Undoes setCommissionRule (workflow compensation). */
  undoCommissionRule(input: { id: string; retired: string[] }) {
    return this.inTransaction(async (sql) => {
      await sql("delete from commission_rule where id = ?", [input.id])
      if (input.retired.length > 0)
        await sql(`update commission_rule set active = true where id in (${input.retired.map(() => "?")})`, [
          ...input.retired,
        ])
    })
  }

  /** The run with this business key, created the first time it is asked for. */
  async claimRun(input: {
    key: string
    trigger: "scheduled" | "manual"
    threshold: number
    created_by?: string | null
  }) {
    await this.read()(
      `insert into payout_run (id, key, status, trigger, threshold, created_by, total_amount, raw_total_amount,
                               created_at, updated_at)
       values (?, ?, 'pending', ?, ?, ?, 0, '{"value": "0", "precision": 20}'::jsonb, now(), now())
       on conflict (key) where deleted_at is null do nothing`,
      [
        generateEntityId(undefined, "prun"),
        input.key,
        input.trigger,
        input.threshold,
        input.created_by ?? null,
      ],
    )
    const [run] = await this.listPayoutRuns({ key: input.key })
    if (!run) throw new Error(`Payout run ${input.key} could not be created`)
    return run
  }

  /** Marks the run running and says who to pay: the families over the threshold, and who is skipped. */
  async prepareRun(runId: string, threshold: number) {
    const sql = this.read()
    await sql(
      `update payout_run set status = 'running', started_at = coalesce(started_at, now()), updated_at = now()
        where id = ?`,
      [runId],
    )
    const batchId = await ensureBatch(sql, runId)
    return { batch_id: batchId, ...(await payoutCandidates(sql, threshold)) }
  }

  payChunk(input: ChunkInput) {
    return this.inTransaction((sql) => payChunk(sql, input))
  }

  finishRun(input: Parameters<typeof finishRun>[1]) {
    return this.inTransaction((sql) => finishRun(sql, input))
  }

  async markRunFailed(runId: string, error: string) {
    await this.read()("update payout_run set status = 'failed', error = ?, updated_at = now() where id = ?", [
      error.slice(0, 2000),
      runId,
    ])
  }

  /** Stripe payouts of a run still waiting for their transfer. */
  async pendingTransfers(runId: string): Promise<string[]> {
    const rows = await this.read()<{ id: string }>(
      `select id from payout where run_id = ? and rail = 'stripe_connect' and status = 'pending'
          and deleted_at is null order by id`,
      [runId],
    )
    return rows.map((row) => row.id)
  }

  /** pending_approval -> approved, with its payouts. Null when the batch was not pending approval. */
  approveBatch(batchId: string, approvedBy: string | null) {
    return this.inTransaction(async (sql) => {
      const [batch] = await sql<{ id: string }>(
        `update payout_batch set status = 'approved', approved_by = ?, approved_at = now(), updated_at = now()
          where id = ? and status = 'pending_approval' and deleted_at is null returning id`,
        [approvedBy, batchId],
      )
      if (!batch) return null
      return moveBatchPayouts(sql, { batch_id: batchId, from: "pending", to: "approved" })
    })
  }

  /** approved -> paid, with every approved payout in it. Null when the batch was not approved. */
  markBatchPaid(batchId: string, bankReference: string, paidBy: string | null) {
    return this.inTransaction(async (sql) => {
      const [batch] = await sql<{ id: string }>(
        `update payout_batch set status = 'paid', bank_reference = ?, paid_by = ?, paid_at = now(), updated_at = now()
          where id = ? and status = 'approved' and deleted_at is null returning id`,
        [bankReference, paidBy, batchId],
      )
      if (!batch) return null
      return moveBatchPayouts(sql, {
        batch_id: batchId,
        from: "approved",
        to: "paid",
        bank_reference: bankReference,
      })
    })
  }

  returnPayout(input: Parameters<typeof returnPayout>[1]) {
    return this.inTransaction((sql) => returnPayout(sql, input))
  }

  undoReturnPayout(payoutId: string, status: PayoutStatus, entryId: string | null) {
    return this.inTransaction((sql) => undoReturnPayout(sql, payoutId, status, entryId))
  }

  /** A Stripe transfer went out: pending -> paid. False when the payout is no longer pending (cancelled). */
  async markTransferred(payoutId: string, transferId: string): Promise<boolean> {
    const rows = await this.read()(
      `update payout set status = 'paid', stripe_transfer_id = ?, paid_at = now(), updated_at = now()
        where id = ? and status = 'pending' and deleted_at is null returning id`,
      [transferId, payoutId],
    )
    return rows.length > 0
  }
}
