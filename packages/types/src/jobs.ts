import { z } from "zod"
import { Id, IsoDateTime, Pagination } from "./common"

export const QueueName = z.enum(["notifications", "fulfilment", "payouts", "pricing"], {
  error: "queue must be one of: notifications, fulfilment, payouts, pricing",
})
export type QueueName = z.infer<typeof QueueName>

/** A job that used up its attempts, kept so an admin can inspect and retry it. */
export const FailedJobDTO = z.object({
  id: Id,
  queue: QueueName,
  name: z.string().min(1),
  job_id: z.string().min(1),
  payload: z.unknown(),
  error: z.string(),
  attempts: z.number().int().nonnegative(),
  failed_at: IsoDateTime,
  retried_at: IsoDateTime.nullable(),
  retry_job_id: z.string().min(1).nullable(),
})
export type FailedJobDTO = z.infer<typeof FailedJobDTO>

export const FailedJobListQuery = Pagination.extend({
  queue: QueueName.optional(),
  name: z
    .string()
    .min(1, "name must not be empty")
    .max(128, "name must be at most 128 characters")
    .optional(),
})
export type FailedJobListQuery = z.infer<typeof FailedJobListQuery>

export const FailedJobListResponse = z.object({
  failed_jobs: z.array(FailedJobDTO),
  count: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
})
export type FailedJobListResponse = z.infer<typeof FailedJobListResponse>
