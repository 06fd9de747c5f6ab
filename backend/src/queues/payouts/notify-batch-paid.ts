import { z } from "zod"
import { defineJob } from "../define-job"

/** Tells every family in a bank/CliQ batch that was marked paid, in Arabic and English. */
export const notifyBatchPaidJob = defineJob({
  queue: "payouts",
  name: "notify-batch-paid",
  payload: z.object({ batch_id: z.string().min(1).max(64) }),
  jobId: (payload) => `payout-batch-paid-${payload.batch_id}`,
})
