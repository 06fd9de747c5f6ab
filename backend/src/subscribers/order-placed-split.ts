import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { QUEUE_MODULE } from "../modules/queue"
import type QueueModuleService from "../modules/queue/service"
import { splitOrderJob } from "../queues/fulfilment/split-order"

/** The per-family work of a new order happens in the fulfilment queue, not in the checkout request. */
export default async function orderPlacedSplitHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await container
    .resolve<QueueModuleService>(QUEUE_MODULE)
    .enqueue(splitOrderJob, { order_id: event.data.id })
}

export const config: SubscriberConfig = { event: "order.placed" }
