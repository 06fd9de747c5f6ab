import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { QUEUE_MODULE } from "../modules/queue"
import type QueueModuleService from "../modules/queue/service"
import { captureOrderPaymentsJob } from "../queues/payments/capture-order"

/** The card is charged once the order exists: the payments queue captures what checkout authorized. */
export default async function captureOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await container
    .resolve<QueueModuleService>(QUEUE_MODULE)
    .enqueue(captureOrderPaymentsJob, { order_id: event.data.id })
}

export const config: SubscriberConfig = { event: "order.placed" }
