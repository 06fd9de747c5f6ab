import { z } from "zod"
import { defineJob } from "../define-job"

export const captureOrderPaymentsJob = defineJob({
  queue: "payments",
  name: "capture-order",
  payload: z.object({ order_id: z.string().min(1).max(64) }),
  jobId: (payload) => `capture-order-${payload.order_id}`,
})
