import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { loadConsignmentContextStep } from "../steps/load-consignment-context"
import { updateConsignmentStep } from "../steps/update-consignment"
import { familyNotifications } from "../utils/notifications"

export const sendDropoffReminderWorkflowId = "send-dropoff-reminder"

/** Reminds the family of its drop-off deadline, in both languages, and notes when it did. */
export const sendDropoffReminderWorkflow = createWorkflow(
  sendDropoffReminderWorkflowId,
  (input: { consignment_id: string }) => {
    const context = loadConsignmentContextStep(input)
    const updated = updateConsignmentStep(
      transform({ input }, ({ input }) => ({
        id: input.consignment_id,
        data: { reminder_sent_at: new Date() },
      })),
    )
    enqueueNotificationsStep(
      transform({ context }, ({ context }) =>
        familyNotifications("consignment_reminder", context.consignment, context.family),
      ),
    )
    return new WorkflowResponse(updated)
  },
)
