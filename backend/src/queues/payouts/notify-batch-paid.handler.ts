import { QUEUE_MODULE } from "../../modules/queue"
import type QueueModuleService from "../../modules/queue/service"
import { loadFamilyContacts } from "../../workflows/payouts/steps/load-payout-families"
import { payoutNotifications } from "../../workflows/payouts/utils/payout-notifications"
import { payoutsService } from "../../workflows/payouts/utils/payouts-service"
import type { JobHandler } from "../define-job"
import { sendNotificationJob } from "../notifications/send"
import type { notifyBatchPaidJob } from "./notify-batch-paid"

/** One message per member of each family paid in the batch; each keyed, so a retry sends none twice. */
export const notifyBatchPaid: JobHandler<typeof notifyBatchPaidJob.payload> = async ({
  payload,
  container,
}) => {
  const paid = await payoutsService(container).listPayouts(
    { batch_id: payload.batch_id, status: "paid" },
    { select: ["id", "family_id", "amount", "rail"] },
  )
  const families = new Map(
    (await loadFamilyContacts(container, [...new Set(paid.map((payout) => payout.family_id))])).map(
      (family) => [family.id, family],
    ),
  )
  const queue = container.resolve<QueueModuleService>(QUEUE_MODULE)
  let sent = 0
  for (const payout of paid) {
    const family = families.get(payout.family_id)
    if (!family) continue
    for (const message of payoutNotifications(
      { payout_id: payout.id, amount: payout.amount, rail: payout.rail, family },
      { kind: "paid" },
    )) {
      await queue.enqueue(sendNotificationJob, message)
      sent++
    }
  }
  return { payouts: paid.length, messages: sent }
}
