import { defineJob } from "../define-job"
import { ConsignmentJobPayload } from "./consignment-payload"

/** Delayed until DROPOFF_GRACE_HOURS after the deadline: a consignment still not at the hub is cancelled and refunded. */
export const dropoffCancelJob = defineJob({
  queue: "fulfilment",
  name: "dropoff-cancel",
  payload: ConsignmentJobPayload,
  jobId: (payload) => `dropoff-cancel-${payload.consignment_id}`,
})
