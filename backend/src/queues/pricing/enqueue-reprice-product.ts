import type { MedusaContainer } from "@medusajs/framework/types"
import { QUEUE_MODULE } from "../../modules/queue"
import type QueueModuleService from "../../modules/queue/service"
import { repriceProductJob } from "./reprice-product"

/**
 * Queues a reprice of one product after its JOD price changed, once per version of the product. For code that
 * changes a price where no product.updated event follows; 503 (QueueUnavailableError) when Redis is down.
 */
export function enqueueRepriceProduct(
  container: Pick<MedusaContainer, "resolve">,
  product: { id: string; updated_at: Date | string },
) {
  return container.resolve<QueueModuleService>(QUEUE_MODULE).enqueue(repriceProductJob, {
    product_id: product.id,
    updated_at: new Date(product.updated_at).toISOString(),
  })
}
