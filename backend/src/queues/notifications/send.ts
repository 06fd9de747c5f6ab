import { SendNotificationPayload } from "@usra/types"
import { defineJob } from "../define-job"

export const sendNotificationJob = defineJob({
  queue: "notifications",
  name: "send",
  payload: SendNotificationPayload,
  jobId: (payload) => `notification-${payload.idempotency_key}`,
})
