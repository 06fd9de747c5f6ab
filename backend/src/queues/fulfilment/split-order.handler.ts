import { QUEUE_MODULE } from "../../modules/queue"
import type QueueModuleService from "../../modules/queue/service"
import { splitOrderByFamilyWorkflow } from "../../workflows/family-orders/workflows/split-order-by-family"
import type { JobHandler } from "../define-job"
import { openConsignmentsJob } from "./open-consignments"
import type { splitOrderJob } from "./split-order"

/**
 * Creates the order's child orders, then queues their consignments; safe to run again (existing ones are kept,
 * not duplicated, and the consignment job is keyed by order).
 */
export const splitOrder: JobHandler<typeof splitOrderJob.payload> = async ({ payload, container }) => {
  const { result } = await splitOrderByFamilyWorkflow(container).run({ input: payload })
  await container.resolve<QueueModuleService>(QUEUE_MODULE).enqueue(openConsignmentsJob, payload)
  return { created: result.length }
}
