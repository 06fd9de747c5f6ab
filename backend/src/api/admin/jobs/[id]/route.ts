import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { QUEUE_MODULE } from "../../../../modules/queue"
import type QueueModuleService from "../../../../modules/queue/service"

/**
 * GET /admin/jobs/:id: a queued job's state and progress (`{ done, total }`, null until it reports), e.g. the
 * bulk reprice an exchange-rate change started. Unknown id (or finished more than a day ago): 404. Redis down: 503.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id as string
  const job = await req.scope.resolve<QueueModuleService>(QUEUE_MODULE).getJob(undefined, id)
  if (!job) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Job "${id}" was not found`)
  res.json({ job })
}
