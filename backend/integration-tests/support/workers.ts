import { inject } from "vitest"
import { type MedusaProcess, startMedusa } from "./medusa-process"
import { freePort } from "./ports"

/**
 * A separate worker process (MEDUSA_WORKER_MODE=worker) on its own queue prefix, so the test server's own workers
 * never take its jobs. A short lock means a job whose worker died is taken over within seconds.
 */
export async function startWorker(prefix: string, env: Record<string, string> = {}): Promise<MedusaProcess> {
  const port = String(await freePort())
  return startMedusa({
    ...inject("serverEnv"),
    MEDUSA_WORKER_MODE: "worker",
    PORT: port,
    QUEUE_PREFIX: prefix,
    // The job's `processedBy` then tells which of the test's workers holds it.
    QUEUE_WORKER_NAME: `worker-${port}`,
    QUEUE_LOCK_DURATION_MS: "2000",
    ...env,
  })
}
