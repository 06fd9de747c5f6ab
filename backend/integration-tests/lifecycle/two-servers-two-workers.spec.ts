import { Queue } from "bullmq"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { buyerToPayoutStory } from "../support/buyer-to-payout-story"
import { routeApiThrough } from "../support/context"
import { type MedusaProcess, startMedusa } from "../support/medusa-process"
import { freePort } from "../support/ports"

/**
 * Scale-out: the run's server (which also runs jobs) plus one more API server and one more worker, all on the
 * same PostgreSQL and Redis, as replicas run in production: two servers answer requests and two processes take
 * jobs. Every request of the story alternates between the two servers, and the story's assertions (one
 * consignment per family, one release, one payout each, exact ledger sums) are those of one server: no double
 * effects.
 */
describe("from a buyer's card to the families' bank accounts (two servers and two workers)", () => {
  const processes: MedusaProcess[] = []
  let workerName: string

  beforeAll(async () => {
    const start = async (mode: "server" | "worker") => {
      const port = String(await freePort())
      const started = await startMedusa({
        ...inject("serverEnv"),
        MEDUSA_WORKER_MODE: mode,
        PORT: port,
        QUEUE_WORKER_NAME: `${mode}-${port}`,
      })
      processes.push(started)
      return { started, name: `${mode}-${port}` }
    }
    const [server, worker] = await Promise.all([start("server"), start("worker")])
    workerName = worker.name
    routeApiThrough([inject("baseUrl"), server.started.url])
  }, 240_000)

  afterAll(async () => {
    routeApiThrough(undefined)
    await Promise.all(processes.map((process) => process.stop()))
  })

  buyerToPayoutStory()

  it("ran the story's jobs in both worker processes, each job once", async () => {
    const queue = new Queue("fulfilment", {
      prefix: inject("queuePrefix"),
      connection: { host: "127.0.0.1", port: inject("queueRedisPort"), maxRetriesPerRequest: 1 },
    })
    try {
      const jobs = await queue.getJobs(["completed"], 0, 500)
      const byWorker = new Set(jobs.map((job) => job.processedBy).filter(Boolean))
      expect(byWorker.has(workerName), `${workerName} among ${[...byWorker].join(", ")}`).toBe(true)
      expect(new Set(jobs.map((job) => job.id)).size).toBe(jobs.length)
    } finally {
      await queue.close()
    }
  })
})
