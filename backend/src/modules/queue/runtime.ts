import { hostname } from "node:os"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { type Job, Queue, UnrecoverableError, Worker } from "bullmq"
import type IORedis from "ioredis"
import type { JobDefinition, JobSchedule, QueueName, RegisteredJob } from "../../queues/define-job"
import { createProducerConnection, createWorkerConnection } from "./connections"
import { QueueUnavailableError } from "./errors"

export type QueueRuntimeOptions = {
  redisUrl: string
  prefix: string
  attempts: number
  backoffMs: number
  /** How many jobs one worker process runs at once, per queue. */
  concurrency?: number
  /** A worker renews its lock on a job well within this; a killed worker's job is taken over after it. */
  lockDurationMs?: number
  /** Names this process's workers in BullMQ (a job's `processedBy`); default `<hostname>-<pid>`. */
  workerName?: string
}

export type FinalFailure = {
  queue: string
  name: string
  job_id: string
  payload: unknown
  error: string
  attempts: number
}

const ADD_TIMEOUT_MS = 3_000
const MAX_STALLED = 10
const PRODUCER_READY_WAIT_MS = 1_000
const COMPLETED_KEEP = { age: 24 * 3600, count: 1_000 }
const FAILED_KEEP = { age: 7 * 24 * 3600 }

/** Owns every BullMQ connection, queue and worker of the process. */
export class QueueRuntime {
  private producer?: IORedis
  private workerConnection?: IORedis
  private readyWait?: Promise<boolean>
  private readonly queues = new Map<QueueName, Queue>()
  private readonly workers: Worker[] = []

  constructor(
    private readonly options: QueueRuntimeOptions,
    private readonly logger: Logger,
  ) {}

  get prefix() {
    return this.options.prefix
  }

  /** The producer connection, opened once per process. */
  private producerConnection(): IORedis {
    if (!this.producer) {
      this.producer = createProducerConnection(this.options.redisUrl)
      this.producer.on("error", () => {
        // Reconnects are automatic; an unhandled 'error' event would crash the process.
      })
    }
    return this.producer
  }

  /** Opens the producer connection early, so the first request does not pay for it. */
  connect() {
    this.producerConnection()
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name)
    if (!queue) {
      queue = new Queue(name, {
        connection: this.producerConnection(),
        prefix: this.options.prefix,
        defaultJobOptions: {
          attempts: this.options.attempts,
          backoff: { type: "exponential", delay: this.options.backoffMs },
          removeOnComplete: COMPLETED_KEEP,
          removeOnFail: FAILED_KEEP,
        },
      })
      queue.on("error", (error) => this.logger.warn(`[queue ${name}] ${error.message}`))
      this.queues.set(name, queue)
    }
    return queue
  }

  /** Adds a job whose payload is already valid; fails fast with QueueUnavailableError when Redis is down. */
  async add(
    definition: JobDefinition,
    payload: unknown,
    jobId: string,
    extra: { delay?: number } = {},
  ): Promise<Job> {
    const queue = this.queue(definition.queue)
    const delay = extra.delay !== undefined ? Math.max(0, Math.round(extra.delay)) : undefined
    return this.fastOrUnavailable(definition.queue, () =>
      queue.add(definition.name, payload, { ...definition.options, ...(delay ? { delay } : {}), jobId }),
    )
  }

  /**
   * Creates or updates each repeatable job (BullMQ job schedulers, keyed by id, so every worker process may call
   * this at start and there is still one schedule). A schedule whose pattern changed is replaced.
   */
  /** Calls back each time the workers' Redis connection comes back after it was lost. */
  onWorkerReconnect(callback: () => Promise<void>) {
    const connection = this.workerConnection
    if (!connection) return
    let lost = false
    connection.on("close", () => {
      lost = true
    })
    connection.on("ready", () => {
      if (!lost) return
      lost = false
      callback().catch((error: Error) => this.logger.error(`After Redis returned: ${error.message}`))
    })
  }

  async upsertSchedules(schedules: JobSchedule[]) {
    for (const schedule of schedules) {
      const queue = this.queue(schedule.definition.queue)
      await this.fastOrUnavailable(schedule.definition.queue, () =>
        queue.upsertJobScheduler(
          schedule.id,
          { pattern: schedule.pattern, tz: schedule.tz },
          { name: schedule.definition.name, data: schedule.payload, opts: schedule.definition.options ?? {} },
        ),
      ).catch((error: Error) =>
        this.logger.error(`Could not schedule ${schedule.id} (${schedule.pattern}): ${error.message}`),
      )
    }
  }

  /** A job and its state, or undefined when the queue does not know the id (never added, or already removed). */
  async inspect(queueName: QueueName, jobId: string): Promise<{ job: Job; state: string } | undefined> {
    const queue = this.queue(queueName)
    return this.fastOrUnavailable(queueName, async () => {
      const job = await queue.getJob(jobId)
      return job ? { job, state: await job.getState() } : undefined
    })
  }

  /** Runs a producer call, failing fast with QueueUnavailableError when Redis is down or does not answer. */
  private async fastOrUnavailable<T>(queueName: QueueName, call: () => Promise<T>): Promise<T> {
    if (!(await this.producerReady())) throw new QueueUnavailableError(queueName)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("Redis did not answer in time")), ADD_TIMEOUT_MS)
    })
    try {
      return await Promise.race([call(), timeout])
    } catch (error) {
      throw new QueueUnavailableError(queueName, error)
    } finally {
      clearTimeout(timer)
    }
  }

  /** A connection still opening gets a moment; an outage (reconnecting) is not waited out. */
  private async producerReady(): Promise<boolean> {
    const producer = this.producerConnection()
    if (producer.status === "ready") return true
    if (producer.status !== "connecting" && producer.status !== "connect" && producer.status !== "wait")
      return false
    // Callers arriving together share one wait, rather than one 'ready' listener each.
    this.readyWait ??= new Promise<boolean>((resolve) => {
      const done = (ready: boolean) => {
        clearTimeout(timer)
        producer.off("ready", onReady)
        this.readyWait = undefined
        resolve(ready)
      }
      const onReady = () => done(true)
      const timer = setTimeout(() => done(false), PRODUCER_READY_WAIT_MS)
      producer.once("ready", onReady)
    })
    return this.readyWait
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.producerReady()) && (await this.producerConnection().ping()) === "PONG"
    } catch {
      return false
    }
  }

  startWorkers(
    jobs: RegisteredJob[],
    container: MedusaContainer,
    onFinalFailure: (failure: FinalFailure) => Promise<void>,
  ) {
    const byQueue = new Map<QueueName, Map<string, RegisteredJob>>()
    for (const job of jobs) {
      const named = byQueue.get(job.definition.queue) ?? new Map<string, RegisteredJob>()
      named.set(job.definition.name, job)
      byQueue.set(job.definition.queue, named)
    }
    this.workerConnection ??= createWorkerConnection(this.options.redisUrl)
    for (const [queueName, named] of byQueue) {
      const worker = new Worker(
        queueName,
        (job) => this.process(queueName, named, job, container, onFinalFailure),
        {
          connection: this.workerConnection,
          prefix: this.options.prefix,
          concurrency: this.options.concurrency ?? 5,
          lockDuration: this.options.lockDurationMs ?? 30_000,
          stalledInterval: this.options.lockDurationMs ?? 30_000,
          // A job whose worker died is handed to another this many times before it counts as failed.
          maxStalledCount: MAX_STALLED,
          // Shown as the job's `processedBy`: which process holds it.
          name: this.options.workerName ?? `${hostname()}-${process.pid}`,
        },
      )
      worker.on("error", (error) => this.logger.error(`[worker ${queueName}] ${error.message}`))
      // Stalled too often: BullMQ fails the job without calling the processor, so record it here.
      worker.on("failed", (job, error) => {
        if (!job || !/stalled/i.test(error.message)) return
        void onFinalFailure({
          queue: queueName,
          name: job.name,
          job_id: job.id ?? "",
          payload: job.data,
          error: error.message,
          attempts: job.attemptsMade,
        }).catch((recordError) =>
          this.logger.error(`Could not record failed job ${job.id}: ${(recordError as Error).message}`),
        )
      })
      this.workers.push(worker)
    }
    this.logger.info(`Job workers started for queues: ${[...byQueue.keys()].join(", ")}`)
  }

  private async process(
    queueName: QueueName,
    named: Map<string, RegisteredJob>,
    job: Job,
    container: MedusaContainer,
    onFinalFailure: (failure: FinalFailure) => Promise<void>,
  ) {
    try {
      const registered = named.get(job.name)
      if (!registered)
        throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${queueName}"`)
      const parsed = registered.definition.payload.safeParse(job.data)
      if (!parsed.success) {
        const issues = parsed.error.issues.map(
          (issue) => `${issue.path.join(".") || "payload"}: ${issue.message}`,
        )
        throw new UnrecoverableError(`Invalid payload: ${issues.join("; ")}`)
      }
      return await registered.handler({ payload: parsed.data, job, container })
    } catch (error) {
      const err = asError(error)
      const attempts = job.attemptsMade + 1
      const final = err instanceof UnrecoverableError || attempts >= (job.opts.attempts ?? 1)
      if (final) {
        // Recorded before BullMQ marks the job failed, so a crash in between cannot lose the record.
        await onFinalFailure({
          queue: queueName,
          name: job.name,
          job_id: job.id ?? "",
          payload: job.data,
          error: err.message,
          attempts,
        }).catch((recordError) =>
          this.logger.error(`Could not record failed job ${job.id}: ${(recordError as Error).message}`),
        )
      }
      throw err
    }
  }

  /** Lets running jobs finish, then closes workers, queues and connections. */
  async close() {
    await Promise.all(this.workers.map((worker) => worker.close()))
    this.workers.length = 0
    await Promise.all([...this.queues.values()].map((queue) => queue.close()))
    this.queues.clear()
    for (const connection of [this.producer, this.workerConnection]) {
      connection?.disconnect()
    }
    this.producer = undefined
    this.workerConnection = undefined
  }
}

/** Workflows reject with plain objects ({ message, name, stack }); keep their message rather than "[object Object]". */
function asError(error: unknown): Error {
  if (error instanceof Error) return error
  const plain = (error ?? {}) as { message?: unknown; name?: unknown }
  const wrapped = new Error(typeof plain.message === "string" ? plain.message : JSON.stringify(error))
  if (typeof plain.name === "string") wrapped.name = plain.name
  return wrapped
}
