import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { QUEUE_MODULE } from "../../../modules/queue"
import type QueueModuleService from "../../../modules/queue/service"
import { sendNotificationJob } from "../../../queues/notifications/send"
import type { AdminSendNotification } from "./validators"

/**
 * POST /admin/notifications: queues a bilingual notification (e.g. to check a channel works). 202 with the job.
 * Bad input: unknown template format, no email or phone, a bad email or non-E.164 phone, unknown fields: 400
 * naming the field. Redis down: 503 and nothing is queued.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSendNotification>, res: MedusaResponse) {
  const queue = req.scope.resolve<QueueModuleService>(QUEUE_MODULE)
  const job = await queue.enqueue(sendNotificationJob, {
    ...req.validatedBody,
    idempotency_key: `admin-${req.auth_context.actor_id}-${randomUUID()}`,
  })
  res.status(202).json({ job })
}
