import { performance } from "node:perf_hooks"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type Job, Queue, Worker } from "bullmq"
import IORedis from "ioredis"
import { z } from "zod"
import { readEnv } from "../../config/env"
import { QueueRuntime } from "../../modules/queue/runtime"
import { defineJob, registerJob } from "../../queues/define-job"

/**
 * `medusa exec ./src/scripts/bench/queue-throughput.ts`: the project's queue runtime (payload validation, business-key
 * job ids, retention, failure recording) against bare BullMQ with an empty handler, on the same Redis, one after
 * the other. Prints one line `BENCH_RESULT {json}` for infra/bench.
 */
const JOBS = Number(process.env.BENCH_QUEUE_JOBS ?? 20_000)
const IN_FLIGHT = 50
const CONCURRENCY = 5

type Phase = { enqueue_jobs_per_s: number; process_jobs_per_s: number; end_to_end_jobs_per_s: number }

const benchJob = defineJob({
  queue: "notifications",
  name: "bench-noop",
  payload: z.object({ n: z.number().int().min(0) }),
  jobId: (payload) => `bench-${payload.n}`,
})

async function inBatches(count: number, add: (n: number) => Promise<unknown>) {
  for (let start = 0; start < count; start += IN_FLIGHT) {
    const batch = []
    for (let n = start; n < Math.min(count, start + IN_FLIGHT); n++) batch.push(add(n))
    await Promise.all(batch)
  }
}

function countCompletions(target: number, onCompleted: (listener: () => void) => void) {
  return new Promise<void>((resolve) => {
    let done = 0
    onCompleted(() => {
      done += 1
      if (done === target) resolve()
    })
  })
}

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000)

async function measureBare(redisUrl: string, prefix: string): Promise<Phase> {
  const producer = new IORedis(redisUrl)
  const queue = new Queue("bench", { connection: producer, prefix })
  const t0 = performance.now()
  await inBatches(JOBS, (n) => queue.add("noop", { n }, { jobId: `bench-${n}` }))
  const enqueued = performance.now()
  const worker = new Worker("bench", async () => undefined, {
    connection: new IORedis(redisUrl, { maxRetriesPerRequest: null }),
    prefix,
    concurrency: CONCURRENCY,
    autorun: false,
  })
  const finished = countCompletions(JOBS, (listener) => worker.on("completed", listener))
  const t1 = performance.now()
  void worker.run()
  await finished
  const t2 = performance.now()
  await worker.close()
  await queue.obliterate({ force: true })
  await queue.close()
  producer.disconnect()
  return {
    enqueue_jobs_per_s: perSecond(JOBS, enqueued - t0),
    process_jobs_per_s: perSecond(JOBS, t2 - t1),
    end_to_end_jobs_per_s: perSecond(JOBS, enqueued - t0 + (t2 - t1)),
  }
}

async function measureRuntime(
  redisUrl: string,
  prefix: string,
  container: ExecArgs["container"],
): Promise<Phase> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const runtime = new QueueRuntime(
    { redisUrl, prefix, attempts: 5, backoffMs: 1_000, concurrency: CONCURRENCY },
    logger,
  )
  runtime.connect()
  const t0 = performance.now()
  await inBatches(JOBS, (n) => {
    const payload = benchJob.payload.parse({ n })
    return runtime.add(benchJob, payload, benchJob.jobId(payload))
  })
  const enqueued = performance.now()
  let onCompleted: (() => void) | undefined
  const finished = countCompletions(JOBS, (listener) => {
    onCompleted = listener
  })
  const t1 = performance.now()
  runtime.startWorkers(
    [
      registerJob(benchJob, async (_context: { job: Job }) => {
        onCompleted?.()
      }),
    ],
    container,
    async () => undefined,
  )
  await finished
  const t2 = performance.now()
  await runtime.queue("notifications").obliterate({ force: true })
  await runtime.close()
  return {
    enqueue_jobs_per_s: perSecond(JOBS, enqueued - t0),
    process_jobs_per_s: perSecond(JOBS, t2 - t1),
    end_to_end_jobs_per_s: perSecond(JOBS, enqueued - t0 + (t2 - t1)),
  }
}

export default async function queueThroughput({ container }: ExecArgs) {
  const env = readEnv()
  const redisUrl = env.QUEUE_REDIS_URL ?? env.REDIS_URL
  const stamp = Date.now().toString(36)
  const bare = await measureBare(redisUrl, `bench-bare-${stamp}`)
  const usra = await measureRuntime(redisUrl, `bench-usra-${stamp}`, container)
  const ratio = (key: keyof Phase) => Number((usra[key] / bare[key]).toFixed(2))
  const result = {
    jobs: JOBS,
    concurrency: CONCURRENCY,
    in_flight_adds: IN_FLIGHT,
    bare_bullmq: bare,
    usra_queue: usra,
    usra_vs_bare_ratio: {
      enqueue: ratio("enqueue_jobs_per_s"),
      process: ratio("process_jobs_per_s"),
      end_to_end: ratio("end_to_end_jobs_per_s"),
    },
  }
  console.log(`BENCH_RESULT ${JSON.stringify(result)}`)
}
