import IORedis, { type RedisOptions } from "ioredis"

/**
 * Producers are called from HTTP requests: no offline queue and one retry, so a Redis outage fails the
 * request at once (503) instead of leaving it hanging.
 */
export function createProducerConnection(url: string): IORedis {
  return new IORedis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    connectionName: "usra-queue-producer",
  })
}

/** Workers block on Redis and must ride out outages: BullMQ requires maxRetriesPerRequest null. */
export function createWorkerConnection(url: string): IORedis {
  const options: RedisOptions = {
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(times * 200, 5_000),
    connectionName: "usra-queue-worker",
  }
  return new IORedis(url, options)
}
