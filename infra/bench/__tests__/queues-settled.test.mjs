import { Queue, Worker } from "bullmq"
import IORedis from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ensureRedis } from "../../dev/services.mjs"
import { pendingJobs, queuesSettled } from "../queues-settled.mjs"

// A Redis server of the test's own, started from PATH (as the test command requires), so nothing else is counted.
let redis
let redisUrl
let client
const connection = () => ({ url: redisUrl })

beforeAll(async () => {
  redis = await ensureRedis({ env: { PATH: process.env.PATH ?? "" }, localPort: false, log: () => {} })
  redisUrl = redis.redisUrl
  client = new IORedis(redisUrl)
}, 60_000)
afterAll(async () => {
  client?.disconnect()
  await redis?.stop()
})

describe("queuesSettled", () => {
  it("counts waiting and soon-due jobs of every prefix, and waits until a worker has run them", async () => {
    const events = new Queue("events-queue", { prefix: "RedisEventBusService", connection: connection() })
    const payments = new Queue("payments", { prefix: "bench", connection: connection() })
    const schedules = new Queue("payouts", { prefix: "bench", connection: connection() })
    await events.add("order.placed", { id: "order_1" }, { priority: 10 })
    await payments.add("stripe-event", { id: "evt_1" }, { delay: 500 })
    // A schedule an hour away is not work left over: it is not waited for.
    await schedules.add("run-payouts", {}, { delay: 3_600_000 })
    expect(await pendingJobs(client)).toBe(2)

    const handled = []
    const workers = [
      new Worker("events-queue", async (job) => handled.push(job.name), {
        prefix: "RedisEventBusService",
        connection: connection(),
      }),
      new Worker("payments", async (job) => handled.push(job.name), {
        prefix: "bench",
        connection: connection(),
      }),
    ]
    const lines = []
    await queuesSettled({ redisUrl, log: (line) => lines.push(line), intervalMs: 100, timeoutMs: 20_000 })
    expect(handled.sort()).toEqual(["order.placed", "stripe-event"])
    // The workers may have taken the first job before the first count.
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^queues: [12] jobs left from earlier work; letting the worker run them first$/)
    expect(await pendingJobs(client)).toBe(0)
    await Promise.all([
      ...workers.map((worker) => worker.close()),
      events.close(),
      payments.close(),
      schedules.close(),
    ])
  }, 30_000)

  it("names how many jobs are left when no worker runs them in time", async () => {
    const queue = new Queue("fulfilment", { prefix: "bench", connection: connection() })
    await queue.add("split-order", { order_id: "order_2" })
    await expect(queuesSettled({ redisUrl, log: () => {}, intervalMs: 50, timeoutMs: 200 })).rejects.toThrow(
      "queues: 1 jobs still pending after 0 s",
    )
    await queue.obliterate({ force: true })
    await queue.close()
  })
})
