import { type ChildProcess, spawn } from "node:child_process"
import IORedis from "ioredis"
import { waitFor } from "./wait-for"

export type RedisServer = {
  url: string
  port: number
  stop: () => Promise<void>
  start: () => Promise<void>
  /** SIGKILL: no shutdown of any kind, as when the machine under it dies. */
  kill: () => Promise<void>
}

function client(port: number) {
  const redis = new IORedis({
    host: "127.0.0.1",
    port,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
  })
  redis.on("error", () => {})
  return redis
}

async function ping(port: number) {
  const redis = client(port)
  try {
    await redis.connect()
    return (await redis.ping()) === "PONG"
  } finally {
    redis.disconnect()
  }
}

/** Stops whatever redis-server listens on the port, whoever started it. */
export async function shutdownRedis(port: number) {
  const redis = client(port)
  try {
    await redis.connect()
    await redis.call("SHUTDOWN", "NOSAVE").catch(() => {})
  } catch {
    // nothing listening
  } finally {
    redis.disconnect()
  }
  await waitFor(async () => !(await ping(port).catch(() => false)), {
    timeoutMs: 10_000,
    what: `redis on ${port} to stop`,
  })
}

/**
 * A private redis-server (noeviction) that a test may stop and start again on the same port. No persistence,
 * unless `aofDir` is given: then every write goes to an append-only file there first (appendfsync always), as a
 * production queue Redis keeps its jobs across a restart.
 */
export function redisServer(
  port: number,
  options: { detached?: boolean; aofDir?: string } = {},
): RedisServer {
  let child: ChildProcess | undefined
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      const persistence = options.aofDir
        ? ["--dir", options.aofDir, "--appendonly", "yes", "--appendfsync", "always"]
        : ["--appendonly", "no"]
      const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", ...persistence]
      child = spawn("redis-server", [...args, "--maxmemory-policy", "noeviction"], {
        stdio: "ignore",
        detached: options.detached,
      })
      if (options.detached) child.unref()
      await waitFor(() => ping(port), { timeoutMs: 10_000, what: `redis-server on ${port}` })
    },
    stop: () => shutdownRedis(port),
    async kill() {
      child?.kill("SIGKILL")
      await waitFor(async () => !(await ping(port).catch(() => false)), {
        timeoutMs: 10_000,
        what: `redis on ${port} to die`,
      })
    },
  }
}
