import { sendDropoffReminderWorkflow } from "../../workflows/consignments/workflows/send-dropoff-reminder"
import type { JobHandler } from "../define-job"
import type { dropoffReminderJob } from "./dropoff-reminder"
import { waitingConsignment } from "./waiting-consignment"

/** Reminds the family once, and only while its items are not yet at the hub. */
export const sendDropoffReminder: JobHandler<typeof dropoffReminderJob.payload> = async ({
  payload,
  container,
}) => {
  const found = await waitingConsignment(container, payload.consignment_id)
  if ("skipped" in found) return found
  if (found.consignment.reminder_sent_at) return { skipped: "the family was already reminded" }
  await sendDropoffReminderWorkflow(container).run({ input: payload })
  return { reminded: true }
}
