import { z } from "zod"
import { defineJob } from "../define-job"

/**
 * Books one family's share of a delivered order into the ledger once the return window has passed. The
 * fulfilment queue adds it on delivery with the return window as its delay.
 */
export const releaseFamilyFundsJob = defineJob({
  queue: "payouts",
  name: "release-family-funds",
  payload: z.object({ order_id: z.string().min(1).max(64), family_id: z.string().min(1).max(64) }),
  jobId: (payload) => `release-funds-${payload.order_id}-${payload.family_id}`,
})
