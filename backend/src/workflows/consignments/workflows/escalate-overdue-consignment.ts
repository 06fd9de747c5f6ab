import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { readEnv } from "../../../config/env"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { loadMinistryRecipientsStep } from "../../payments/steps/load-ministry-recipients"
import { loadConsignmentContextStep } from "../steps/load-consignment-context"
import { updateConsignmentStep } from "../steps/update-consignment"
import { overdueNotifications } from "../utils/notifications"

export const escalateOverdueConsignmentWorkflowId = "escalate-overdue-consignment"

/** Who follows up late drop-offs: hub staff, and the super admins. */
const ESCALATION_ROLES = ["hub", "super_admin"]

/**
 * The deadline passed and the items are not at the hub: the ministry's hub staff are told, with the date the
 * consignment will be cancelled and refunded unless it arrives.
 */
export const escalateOverdueConsignmentWorkflow = createWorkflow(
  escalateOverdueConsignmentWorkflowId,
  (input: { consignment_id: string }) => {
    const context = loadConsignmentContextStep(input)
    const recipients = loadMinistryRecipientsStep(ESCALATION_ROLES)
    const updated = updateConsignmentStep(
      transform({ input }, ({ input }) => ({ id: input.consignment_id, data: { escalated_at: new Date() } })),
    )
    emitEventStep({ eventName: "consignment.overdue", data: { id: input.consignment_id } })
    enqueueNotificationsStep(
      transform({ context, recipients }, ({ context, recipients }) => {
        const deadline = new Date(context.consignment.dropoff_deadline).getTime()
        const cancelAt = new Date(deadline + readEnv().DROPOFF_GRACE_HOURS * 3_600_000)
        return overdueNotifications(context.consignment, context.family, recipients, cancelAt)
      }),
    )
    return new WorkflowResponse(updated)
  },
)
