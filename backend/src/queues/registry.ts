import { registerJob } from "./define-job"
import { createShipmentJob } from "./fulfilment/create-shipment"
import { createShipment } from "./fulfilment/create-shipment.handler"
import { dropoffCancelJob } from "./fulfilment/dropoff-cancel"
import { cancelOverdueConsignment } from "./fulfilment/dropoff-cancel.handler"
import { dropoffEscalationJob } from "./fulfilment/dropoff-escalation"
import { escalateOverdueConsignment } from "./fulfilment/dropoff-escalation.handler"
import { dropoffReminderJob } from "./fulfilment/dropoff-reminder"
import { sendDropoffReminder } from "./fulfilment/dropoff-reminder.handler"
import { openConsignmentsJob } from "./fulfilment/open-consignments"
import { openConsignments } from "./fulfilment/open-consignments.handler"
import { splitOrderJob } from "./fulfilment/split-order"
import { splitOrder } from "./fulfilment/split-order.handler"
import { sendNotificationJob } from "./notifications/send"
import { sendNotification } from "./notifications/send.handler"
import { captureOrderPaymentsJob } from "./payments/capture-order"
import { captureOrderPayments } from "./payments/capture-order.handler"
import { processStripeEventJob } from "./payments/process-stripe-event"
import { processStripeEvent } from "./payments/process-stripe-event.handler"
import { sweepStripeEventsJob } from "./payments/sweep-stripe-events"
import { sweepStripeEvents } from "./payments/sweep-stripe-events.handler"
import { notifyBatchPaidJob } from "./payouts/notify-batch-paid"
import { notifyBatchPaid } from "./payouts/notify-batch-paid.handler"
import { releaseFamilyFundsJob } from "./payouts/release-family-funds"
import { releaseFamilyFunds } from "./payouts/release-family-funds.handler"
import { runPayoutsJob } from "./payouts/run-payouts"
import { runPayouts } from "./payouts/run-payouts.handler"
import { sendTransferJob } from "./payouts/send-transfer"
import { sendTransfer } from "./payouts/send-transfer.handler"
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
  registerJob(openConsignmentsJob, openConsignments),
  registerJob(dropoffReminderJob, sendDropoffReminder),
  registerJob(dropoffEscalationJob, escalateOverdueConsignment),
  registerJob(dropoffCancelJob, cancelOverdueConsignment),
  registerJob(createShipmentJob, createShipment),
  registerJob(processStripeEventJob, processStripeEvent),
  registerJob(sweepStripeEventsJob, sweepStripeEvents),
  registerJob(captureOrderPaymentsJob, captureOrderPayments),
  registerJob(releaseFamilyFundsJob, releaseFamilyFunds),
  registerJob(runPayoutsJob, runPayouts),
  registerJob(sendTransferJob, sendTransfer),
  registerJob(notifyBatchPaidJob, notifyBatchPaid),
]
