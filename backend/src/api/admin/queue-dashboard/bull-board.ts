import { createBullBoard } from "@bull-board/api"
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter"
import { ExpressAdapter } from "@bull-board/express"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RequestHandler } from "express"
import { QUEUE_MODULE } from "../../../modules/queue"
import type QueueModuleService from "../../../modules/queue/service"

export const QUEUE_DASHBOARD_PATH = "/admin/queue-dashboard"

/**
 * The page pulls a web font from Google; this policy keeps every request on our own origin (the dashboard falls
 * back to system fonts) and refuses to be framed.
 */
const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join("; ")

let router: RequestHandler | undefined

function dashboardRouter(queueModule: QueueModuleService): RequestHandler {
  if (!router) {
    const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH)
    createBullBoard({
      queues: queueModule.dashboardQueues().map((queue) => new BullMQAdapter(queue)),
      serverAdapter,
      options: { uiConfig: { boardTitle: "Usra queues" } },
    })
    router = serverAdapter.getRouter() as RequestHandler
  }
  return router
}

/** bull-board for every queue, behind Medusa's admin authentication and the super_admin check in front of it. */
export function queueDashboard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.setHeader("Content-Security-Policy", DASHBOARD_CSP)
  const handler = dashboardRouter(req.scope.resolve<QueueModuleService>(QUEUE_MODULE))
  return handler(req as never, res as never, next)
}
