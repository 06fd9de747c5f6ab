import { container as appContainer } from "@medusajs/framework"
import type { Logger } from "@medusajs/framework/types"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { z } from "zod"
import { readEnv } from "../../config/env"
import { ConflictError } from "../../lib/errors/conflict-error"
import type { JobDefinition, QueueName } from "../../queues/define-job"
import { jobRegistry } from "../../queues/registry"
import { jobSchedules } from "../../queues/schedules"
import { type JobSnapshot, jobSnapshot } from "./job-snapshot"
import { FailedJob } from "./models/failed-job"
import { type FinalFailure, QueueRuntime, type QueueRuntimeOptions } from "./runtime"

export type QueueModuleOptions = QueueRuntimeOptions & { runWorkers: boolean }

export type EnqueueOptions = { delay?: number }

export default class QueueModuleService extends MedusaService({ FailedJob }) {
  protected readonly runtime_: QueueRuntime
  protected readonly options_: QueueModuleOptions
  protected readonly logger_: Logger

  __hooks = {
    onApplicationStart: async () => {
      this.runtime_.connect()
      if (this.options_.runWorkers) {
        this.runtime_.startWorkers(jobRegistry, appContainer, (failure) => this.recordFailure(failure))
        const schedules = jobSchedules(readEnv())
        await this.runtime_.upsertSchedules(schedules)
        // A queue Redis that comes back without its data lost the schedulers too: put them back each time.
        this.runtime_.onWorkerReconnect(() => this.runtime_.upsertSchedules(schedules))
      }
    },
    // Runs on SIGTERM before Medusa exits: workers finish the jobs they hold, nothing is left stalled.
    onApplicationPrepareShutdown: async () => {
      await this.runtime_.close()
    },
  }

  constructor(container: { logger: Logger }, options: QueueModuleOptions) {
    // biome-ignore lint/complexity/noArguments: MedusaService needs the module's original arguments
    super(...arguments)
    this.options_ = options
    this.logger_ = container.logger
    this.runtime_ = new QueueRuntime(options, container.logger)
  }

  /**
   * Validates the payload and adds the job under its business key. 400 on a bad payload, 503 when Redis is down.
   * `delay` (ms) holds the job back; enqueueing an id that already exists, delayed or not, adds nothing.
   */
  async enqueue<Schema extends z.ZodType>(
    definition: JobDefinition<Schema>,
    payload: z.input<Schema>,
    options: EnqueueOptions = {},
  ): Promise<{ job_id: string; queue: string; name: string }> {
    const parsed = definition.payload.safeParse(payload)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const field = issue?.path.join(".") || "payload"
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${issue?.message ?? "is invalid"}`)
    }
    const jobId = definition.jobId(parsed.data)
    await this.runtime_.add(definition as JobDefinition, parsed.data, jobId, options)
    return { job_id: jobId, queue: definition.queue, name: definition.name }
  }

  /** Enqueues a failed job again with its original payload. Each failure can be retried once; a new failure is a new row. */
  async retryFailedJob(id: string) {
    const failed = await this.retrieveFailedJob(id).catch(() => {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Failed job "${id}" was not found`)
    })
    if (failed.retried_at) {
      throw new ConflictError(
        `Failed job "${id}" was already retried at ${new Date(failed.retried_at).toISOString()} as job "${failed.retry_job_id}"`,
      )
    }
    const registered = jobRegistry.find(
      (job) => job.definition.queue === failed.queue && job.definition.name === failed.name,
    )
    if (!registered) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Job "${failed.name}" on queue "${failed.queue}" no longer exists and cannot be retried`,
      )
    }
    const retryJobId = `${failed.id}-retry`
    await this.runtime_.add(registered.definition, failed.payload, retryJobId)
    return this.updateFailedJobs({ id: failed.id, retried_at: new Date(), retry_job_id: retryJobId })
  }

  /**
   * A job's state and progress, looked up in `queue` or, without one, in every queue that has jobs. Null when
   * no queue knows the id; 503 (QueueUnavailableError) when Redis is down.
   */
  async getJob(queue: QueueName | undefined, id: string): Promise<JobSnapshot | null> {
    const queues = queue ? [queue] : [...new Set(jobRegistry.map((job) => job.definition.queue))]
    for (const name of queues) {
      const found = await this.runtime_.inspect(name, id)
      if (found) return jobSnapshot(found.job, found.state)
    }
    return null
  }

  /** One BullMQ queue object per queue that has jobs, for the operators' dashboard. */
  dashboardQueues() {
    const names = [...new Set(jobRegistry.map((job) => job.definition.queue))]
    return names.map((name) => this.runtime_.queue(name))
  }

  async isHealthy(): Promise<boolean> {
    return this.runtime_.ping()
  }

  protected async recordFailure(failure: FinalFailure) {
    const [existing] = await this.listFailedJobs({ job_id: failure.job_id })
    if (existing) return
    await this.createFailedJobs({
      ...failure,
      payload: failure.payload as Record<string, unknown>,
      failed_at: new Date(),
    })
    this.logger_.warn(
      `Job ${failure.queue}/${failure.name} (${failure.job_id}) failed for good: ${failure.error}`,
    )
  }
}
