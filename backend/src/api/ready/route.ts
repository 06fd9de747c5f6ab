import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { watchDatabase } from "../../lib/database/pool-watch"
import { QUEUE_MODULE } from "../../modules/queue"
import type QueueModuleService from "../../modules/queue/service"

const CHECK_TIMEOUT_MS = 2_000

async function check(probe: () => Promise<unknown>): Promise<"ok" | "down"> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<"down">((resolve) => {
    timer = setTimeout(() => resolve("down"), CHECK_TIMEOUT_MS)
  })
  const result = probe().then(
    (value) => (value === false ? "down" : "ok"),
    () => "down" as const,
  )
  const outcome = await Promise.race([result, timeout])
  clearTimeout(timer)
  return outcome
}

/** GET /ready: readiness for load balancers and Kubernetes; 200 when PostgreSQL and Redis answer, else 503. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const queue = req.scope.resolve<QueueModuleService>(QUEUE_MODULE)
  // A pool that has just failed to connect is down: no need to wait two seconds for the query to say so.
  const known = watchDatabase(pg).isDown()
  const [database, redis] = await Promise.all([
    known ? ("down" as const) : check(() => pg.raw("select 1")),
    check(() => queue.isHealthy()),
  ])
  const ok = database === "ok" && redis === "ok"
  res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable", checks: { database, redis } })
}
