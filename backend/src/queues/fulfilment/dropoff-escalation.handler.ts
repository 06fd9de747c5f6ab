import { escalateOverdueConsignmentWorkflow } from "../../workflows/consignments/workflows/escalate-overdue-consignment"
import type { JobHandler } from "../define-job"
import type { dropoffEscalationJob } from "./dropoff-escalation"
import { waitingConsignment } from "./waiting-consignment"

/** Tells the ministry once about a consignment still not at the hub at its deadline. */
export const escalateOverdueConsignment: JobHandler<typeof dropoffEscalationJob.payload> = async ({
  payload,
  container,
}) => {
  const found = await waitingConsignment(container, payload.consignment_id)
  if ("skipped" in found) return found
  if (found.consignment.escalated_at) return { skipped: "the ministry was already told" }
  await escalateOverdueConsignmentWorkflow(container).run({ input: payload })
  return { escalated: true }
}
