import { defineJob } from "../define-job"
import { ConsignmentJobPayload } from "./consignment-payload"

/** Delayed until the deadline: hub staff and super admins are told the consignment is overdue. */
export const dropoffEscalationJob = defineJob({
  queue: "fulfilment",
  name: "dropoff-escalation",
  payload: ConsignmentJobPayload,
  jobId: (payload) => `dropoff-escalation-${payload.consignment_id}`,
})
