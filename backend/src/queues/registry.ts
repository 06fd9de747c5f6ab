import { registerJob } from "./define-job"
import { splitOrderJob } from "./fulfilment/split-order"
import { splitOrder } from "./fulfilment/split-order.handler"
import { sendNotificationJob } from "./notifications/send"
import { sendNotification } from "./notifications/send.handler"
import { captureOrderPaymentsJob } from "./payments/capture-order"
import { captureOrderPayments } from "./payments/capture-order.handler"
import { processStripeEventJob } from "./payments/process-stripe-event"
import { processStripeEvent } from "./payments/process-stripe-event.handler"
import { repriceAllJob } from "./pricing/reprice-all"
import { repriceAll } from "./pricing/reprice-all.handler"
import { repriceProductJob } from "./pricing/reprice-product"
import { repriceProduct } from "./pricing/reprice-product.handler"

/** Every job the workers can run. A job missing here fails at once as unrecoverable. */
export const jobRegistry = [
  registerJob(sendNotificationJob, sendNotification),
  registerJob(repriceAllJob, repriceAll),
  registerJob(repriceProductJob, repriceProduct),
  registerJob(splitOrderJob, splitOrder),
  registerJob(processStripeEventJob, processStripeEvent),
  registerJob(captureOrderPaymentsJob, captureOrderPayments),
]
