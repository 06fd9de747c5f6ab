// Waits until the BullMQ queues of one Redis database have nothing to run now or soon: Medusa's event bus and
// workflow queues, and the project's own (whatever their prefix). The checkout part runs its server without a
// worker, so its orders' events and jobs wait in Redis; a part that starts a worker lets it work through them first,
// so that work is not timed as part of its own.
import { Queue } from "bullmq"
import IORedis from "ioredis"

/** A delayed job due within this long is waited for (a Stripe event's is held 5 s); schedules further out are not. */
export const SOON_MS = 30_000

/** Each queue of the database, from the `<prefix>:<name>:meta` hash BullMQ keeps for it. */
export async function queuesIn(redis) {
  const queues = []
  let cursor = "0"
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", "*:meta", "COUNT", 1000)
    cursor = next
    for (const key of keys) {
      const parts = key.split(":")
      if (parts.length >= 3) queues.push({ prefix: parts.slice(0, -2).join(":"), name: parts.at(-2) })
    }
  } while (cursor !== "0")
  return queues
}

/** Jobs a worker would run now or within SOON_MS, in every queue of `redis`'s database. */
export async function pendingJobs(redis, now = Date.now()) {
  let pending = 0
  for (const { prefix, name } of await queuesIn(redis)) {
    const queue = new Queue(name, { prefix, connection: redis })
    try {
      const counts = await queue.getJobCounts("waiting", "active", "prioritized", "waiting-children")
      const delayed = await queue.getDelayed()
      pending +=
        Object.values(counts).reduce((sum, count) => sum + count, 0) +
        delayed.filter((job) => job.timestamp + (job.delay ?? 0) <= now + SOON_MS).length
    } finally {
      // The connection is the caller's: closing the queue leaves it open.
      await queue.close()
    }
  }
  return pending
}

/** Polls, over one connection, until no job is pending; throws after `timeoutMs`, naming how many are left. */
export async function queuesSettled({ redisUrl, log, timeoutMs = 600_000, intervalMs = 1_000 }) {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 })
  try {
    const started = Date.now()
    let pending = await pendingJobs(redis)
    if (pending > 0) log(`queues: ${pending} jobs left from earlier work; letting the worker run them first`)
    while (pending > 0) {
      if (Date.now() - started > timeoutMs) {
        throw new Error(`queues: ${pending} jobs still pending after ${Math.round(timeoutMs / 1000)} s`)
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
      pending = await pendingJobs(redis)
    }
  } finally {
    redis.disconnect()
  }
}
