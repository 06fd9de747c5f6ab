import { z } from "zod"
import { pagination } from "../../utils/pagination"

const QUEUES = ["notifications", "fulfilment", "payouts", "pricing", "payments"] as const

export const AdminFailedJobsQuery = z.object({
  ...pagination(),
  queue: z.enum(QUEUES, { error: `queue must be one of: ${QUEUES.join(", ")}` }).optional(),
  name: z.string().max(64, "name must be at most 64 characters").optional(),
  fields: z.string().max(500, "fields must be at most 500 characters").optional(),
  order: z.enum(["failed_at", "-failed_at"], { error: "order must be failed_at or -failed_at" }).optional(),
})
export type AdminFailedJobsQuery = z.infer<typeof AdminFailedJobsQuery>

/** The retry takes no fields; anything sent is refused rather than ignored. */
export const AdminRetryFailedJob = z.strictObject({})
export type AdminRetryFailedJob = z.infer<typeof AdminRetryFailedJob>
