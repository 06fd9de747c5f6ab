import { defineJob } from "../define-job"
import { ConsignmentJobPayload } from "./consignment-payload"

/** Delayed until DROPOFF_REMINDER_HOURS before the deadline: the family is reminded, unless it already delivered. */
export const dropoffReminderJob = defineJob({
  queue: "fulfilment",
  name: "dropoff-reminder",
  payload: ConsignmentJobPayload,
  jobId: (payload) => `dropoff-reminder-${payload.consignment_id}`,
})
