import { z } from "zod"
import { defineJob } from "../define-job"

/**
 * Pays every family whose balance reaches the run's threshold. A manual run carries the run it works on; the
 * scheduled one (PAYOUT_SCHEDULE in PAYOUT_TIMEZONE) has none and claims the run of its scheduler tick.
 */
export const runPayoutsJob = defineJob({
  queue: "payouts",
  name: "run-payouts",
  payload: z.object({ run_id: z.string().min(1).max(64).optional() }),
  jobId: (payload) => `payout-run-${payload.run_id ?? "unscheduled"}`,
})
