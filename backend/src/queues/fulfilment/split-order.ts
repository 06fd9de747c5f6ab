import { z } from "zod"
import { defineJob } from "../define-job"

export const splitOrderJob = defineJob({
  queue: "fulfilment",
  name: "split-order",
  payload: z.object({ order_id: z.string().min(1).max(64) }),
  jobId: (payload) => `split-order-${payload.order_id}`,
})
