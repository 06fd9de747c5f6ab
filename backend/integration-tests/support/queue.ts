import { Queue } from "bullmq"
import { inject } from "vitest"

/** A producer straight onto the server's queue Redis: lets a test enqueue what the HTTP layer would refuse. */
export function rawQueue(name: string, prefix = inject("queuePrefix")) {
  return new Queue(name, {
    prefix,
    connection: { host: "127.0.0.1", port: inject("queueRedisPort"), maxRetriesPerRequest: 1 },
  })
}
