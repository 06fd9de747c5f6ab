import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { watchDatabase } from "../../lib/database/pool-watch"
import { sendDatabaseUnavailable } from "../error-handler"

/** Liveness and readiness answer for themselves: they must say what is wrong, not be refused. */
const ALWAYS_ANSWERED = new Set(["/health", "/ready"])

/**
 * While the connection pool cannot reach PostgreSQL, requests are answered 503 at once instead of waiting for a
 * connection that is not coming. (Medusa's own /store middlewares read the database before this one runs; those
 * requests get the error handler's 503 once their bounded wait runs out: see lib/database/pool-watch.ts.)
 */
export function databaseGate(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // req.path is relative to the "/*" mount point here: the original URL names the route.
  if (ALWAYS_ANSWERED.has(req.originalUrl.split("?")[0] ?? "")) return next()
  const database = watchDatabase(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION))
  if (database.isDown()) return sendDatabaseUnavailable(res)
  next()
}
