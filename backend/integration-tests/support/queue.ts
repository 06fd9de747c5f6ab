import { Queue } from "bullmq"
import { inject } from "vitest"

let target: { port: number; prefix: string } | undefined

/** Points later `rawQueue()` calls at another queue Redis and prefix (undefined: the run's own). */
export function useQueueOf(queue: { port: number; prefix: string } | undefined) {
  target = queue
}

/** A producer straight onto the server's queue Redis: lets a test enqueue what the HTTP layer would refuse. */
export function rawQueue(name: string, prefix = target?.prefix ?? inject("queuePrefix")) {
  return new Queue(name, {
    prefix,
    connection: {
      host: "127.0.0.1",
      port: target?.port ?? inject("queueRedisPort"),
      maxRetriesPerRequest: 1,
    },
  })
}
