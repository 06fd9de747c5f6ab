import type { MedusaContainer } from "@medusajs/framework/types"
import type { Job, JobsOptions } from "bullmq"
import type { z } from "zod"

export type QueueName = "notifications" | "fulfilment" | "payouts" | "pricing" | "payments"

/** What a job is: where it goes, what its payload must look like, and its business key. */
export type JobDefinition<Schema extends z.ZodType = z.ZodType> = {
  queue: QueueName
  name: string
  payload: Schema
  /** The BullMQ jobId: a business key, so enqueueing the same work twice is one job. No ':' and never all digits. */
  jobId: (payload: z.infer<Schema>) => string
  options?: Omit<JobsOptions, "jobId">
}

/** A repeatable job: BullMQ's job scheduler `id` adds `definition` with `payload` on a cron `pattern` in `tz`. */
export type JobSchedule = {
  id: string
  definition: JobDefinition
  pattern: string
  tz?: string
  payload: unknown
}

export type JobContext<Schema extends z.ZodType> = {
  payload: z.infer<Schema>
  job: Job
  container: MedusaContainer
}

export type JobHandler<Schema extends z.ZodType = z.ZodType> = (
  context: JobContext<Schema>,
) => Promise<unknown>

export function defineJob<Schema extends z.ZodType>(
  definition: JobDefinition<Schema>,
): JobDefinition<Schema> {
  return definition
}

export type RegisteredJob<Schema extends z.ZodType = z.ZodType> = {
  definition: JobDefinition<Schema>
  handler: JobHandler<Schema>
}

export function registerJob<Schema extends z.ZodType>(
  definition: JobDefinition<Schema>,
  handler: JobHandler<Schema>,
): RegisteredJob {
  return { definition, handler } as unknown as RegisteredJob
}
