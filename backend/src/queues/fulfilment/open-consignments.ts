import { z } from "zod"
import { defineJob } from "../define-job"

/** After the split: one consignment per family order, each family told what to bring where and by when. */
export const openConsignmentsJob = defineJob({
  queue: "fulfilment",
  name: "open-consignments",
  payload: z.object({ order_id: z.string().min(1).max(64) }),
  jobId: (payload) => `open-consignments-${payload.order_id}`,
})
