import { z } from "zod"

const QUEUES = ["notifications", "fulfilment", "payouts", "pricing", "payments"] as const

export const AdminFailedJobsQuery = z.object({
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(100, "limit must be at most 100")
    .default(20),
  offset: z.coerce
    .number({ error: "offset must be a number" })
    .int("offset must be a whole number")
    .min(0, "offset must be 0 or more")
    .max(1_000_000, "offset must be at most 1000000")
    .default(0),
  queue: z.enum(QUEUES, { error: `queue must be one of: ${QUEUES.join(", ")}` }).optional(),
  name: z.string().max(64, "name must be at most 64 characters").optional(),
  fields: z.string().max(500, "fields must be at most 500 characters").optional(),
  order: z.enum(["failed_at", "-failed_at"], { error: "order must be failed_at or -failed_at" }).optional(),
})
export type AdminFailedJobsQuery = z.infer<typeof AdminFailedJobsQuery>
