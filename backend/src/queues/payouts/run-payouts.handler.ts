import { MedusaError } from "@medusajs/framework/utils"
import { readEnv } from "../../config/env"
import { QUEUE_MODULE } from "../../modules/queue"
import type QueueModuleService from "../../modules/queue/service"
import { payoutsService } from "../../workflows/payouts/utils/payouts-service"
import type { JobHandler } from "../define-job"
import type { runPayoutsJob } from "./run-payouts"
import { sendTransferJob } from "./send-transfer"

/**
 * Works a payout run to its end. Each chunk of families is one transaction (payout rows and their ledger entries
 * together), so a worker killed mid-run leaves whole chunks behind, and the job's next attempt carries on where it
 * stopped: a family already paid in this run is never paid again. Stripe transfers are queued last, one job per
 * payout (a business-key jobId, and Stripe's idempotency key, keep each to one transfer).
 */
export const runPayouts: JobHandler<typeof runPayoutsJob.payload> = async ({ payload, job, container }) => {
  const payouts = payoutsService(container)
  const run = payload.run_id
    ? await payouts.retrievePayoutRun(payload.run_id).catch(() => {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout run ${payload.run_id} was not found`)
      })
    : await payouts.claimRun({
        key: `scheduled-${String(job.id).replace(/:/g, "-")}`,
        trigger: "scheduled",
        threshold: readEnv().PAYOUT_THRESHOLD_FILS,
      })
  if (run.status === "completed") {
    await queueTransfers(container, run.id)
    return { run_id: run.id, status: "completed", resumed: false }
  }
  try {
    const plan = await payouts.prepareRun(run.id, run.threshold)
    const total = plan.family_ids.length
    // Families per transaction (PAYOUT_RUN_CHUNK_SIZE): short locks, yet 10,000 families in seconds.
    const chunk = readEnv().PAYOUT_RUN_CHUNK_SIZE
    let paid = 0
    for (let start = 0; start < total; start += chunk) {
      const written = await payouts.payChunk({
        run_id: run.id,
        batch_id: plan.batch_id,
        threshold: run.threshold,
        family_ids: plan.family_ids.slice(start, start + chunk),
        job_id: job.id ?? null,
      })
      paid += written.length
      await job.updateProgress({ done: Math.min(start + chunk, total), total })
    }
    await payouts.finishRun({
      run_id: run.id,
      batch_id: plan.batch_id,
      without_account: plan.without_account,
      unresolved: plan.unresolved,
    })
    const transfers = await queueTransfers(container, run.id)
    return {
      run_id: run.id,
      families: total,
      payouts_written_now: paid,
      skipped_without_account: plan.without_account.length,
      skipped_unresolved: plan.unresolved,
      transfers_queued: transfers,
    }
  } catch (error) {
    if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
      await payouts.markRunFailed(run.id, (error as Error).message ?? String(error))
    }
    throw error
  }
}

async function queueTransfers(container: Parameters<JobHandler>[0]["container"], runId: string) {
  const queue = container.resolve<QueueModuleService>(QUEUE_MODULE)
  const ids = await payoutsService(container).pendingTransfers(runId)
  for (const payout_id of ids) await queue.enqueue(sendTransferJob, { payout_id })
  return ids.length
}
