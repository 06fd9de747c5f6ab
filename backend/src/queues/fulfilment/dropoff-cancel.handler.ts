import { cancelConsignmentWorkflow } from "../../workflows/consignments/workflows/cancel-consignment"
import type { JobHandler } from "../define-job"
import type { dropoffCancelJob } from "./dropoff-cancel"
import { waitingConsignment } from "./waiting-consignment"

const REASON = {
  ar: "لم تُسلَّم القطع إلى المركز حتى انتهاء المهلة",
  en: "The items were not delivered to the hub before the grace period ended",
}

/** Cancels and refunds a consignment that never reached the hub; a received or ended one is left alone. */
export const cancelOverdueConsignment: JobHandler<typeof dropoffCancelJob.payload> = async ({
  payload,
  container,
}) => {
  const found = await waitingConsignment(container, payload.consignment_id)
  if ("skipped" in found) return found
  await cancelConsignmentWorkflow(container).run({
    input: { consignment_id: payload.consignment_id, action: "cancel", reason: REASON, actor_id: null },
  })
  return { cancelled: true }
}
