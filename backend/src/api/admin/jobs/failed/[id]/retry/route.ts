import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { QUEUE_MODULE } from "../../../../../../modules/queue"
import type QueueModuleService from "../../../../../../modules/queue/service"

/**
 * POST /admin/jobs/failed/:id/retry: runs a failed job again with its original payload.
 * Unknown id: 404. Already retried: 409 naming when and as which job. Redis down: 503, nothing changed.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const queue = req.scope.resolve<QueueModuleService>(QUEUE_MODULE)
  const failed_job = await queue.retryFailedJob(req.params.id as string)
  res.status(202).json({ failed_job })
}
