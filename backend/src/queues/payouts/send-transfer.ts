import { z } from "zod"
import { defineJob } from "../define-job"

/** Sends one stripe_connect payout as a Stripe transfer, with the payout id as the idempotency key. */
export const sendTransferJob = defineJob({
  queue: "payouts",
  name: "send-transfer",
  payload: z.object({ payout_id: z.string().min(1).max(64) }),
  jobId: (payload) => `payout-send-${payload.payout_id}`,
})
