import type { Job } from "bullmq"

/** What an admin sees of one job. `progress` is null until the job reports `{ done, total }`. */
export type JobSnapshot = {
  id: string
  queue: string
  name: string
  state: string
  progress: { done: number; total: number } | null
  attempts_made: number
  failed_reason: string | null
  finished_at: string | null
  /** When a delayed job is due to run (added with a delay); null otherwise. */
  run_at: string | null
}

function countProgress(progress: unknown): JobSnapshot["progress"] {
  if (typeof progress !== "object" || progress === null) return null
  const { done, total } = progress as Record<string, unknown>
  return typeof done === "number" && typeof total === "number" ? { done, total } : null
}

export function jobSnapshot(job: Job, state: string): JobSnapshot {
  return {
    id: job.id ?? "",
    queue: job.queueName,
    name: job.name,
    state,
    progress: countProgress(job.progress),
    attempts_made: job.attemptsMade,
    failed_reason: job.failedReason || null,
    finished_at: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    run_at: job.delay ? new Date(job.timestamp + job.delay).toISOString() : null,
  }
}
