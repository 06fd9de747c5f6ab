import {
  defineMiddlewares,
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { isConflictError } from "../lib/errors/conflict-error"
import { isQueueUnavailableError } from "../modules/queue/errors"
import { listFailedJobsConfig } from "./admin/jobs/query-config"
import { AdminFailedJobsQuery } from "./admin/jobs/validators"
import { AdminSendNotification } from "./admin/notifications/validators"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's own handler, plus 503 for a queue that cannot take jobs (Redis down: the client may retry) and 409
 * with the rule that was broken.
 */
function usraErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (isConflictError(error)) {
    res.status(409).json({ type: "conflict", message: error.message })
    return
  }
  if (isQueueUnavailableError(error)) {
    res.setHeader("Retry-After", "5")
    res.status(503).json({
      type: "service_unavailable",
      message: error.message,
      message_ar: "قائمة المهام غير متاحة الآن ولم يتغير شيء. حاول مرة أخرى بعد قليل.",
    })
    return
  }
  return medusaErrorHandler(error as Error, req, res, next)
}

export default defineMiddlewares({
  errorHandler: usraErrorHandler,
  routes: [
    {
      matcher: "/admin/jobs/failed",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminFailedJobsQuery, listFailedJobsConfig)],
    },
    {
      matcher: "/admin/notifications",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminSendNotification)],
    },
  ],
})
