import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DisputeInput } from "../../../modules/stripe-events/service"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { loadMinistryRecipientsStep } from "../steps/load-ministry-recipients"
import { recordStripeDisputeStep } from "../steps/record-stripe-dispute"
import { disputeNotifications } from "../utils/dispute-notifications"

export const recordStripeDisputeWorkflowId = "record-stripe-dispute"

/** Who answers disputes: finance, and the super admins. */
const DISPUTE_ROLES = ["finance", "super_admin"]

/**
 * A buyer's bank disputes a card payment: the dispute is kept against its payment and order, and finance is told
 * in Arabic and English. The messages are keyed by dispute and recipient, so a second run sends nothing new.
 */
export const recordStripeDisputeWorkflow = createWorkflow(
  recordStripeDisputeWorkflowId,
  (input: { dispute: DisputeInput; order_display_id: number | null }) => {
    const recorded = recordStripeDisputeStep(input.dispute)
    const recipients = loadMinistryRecipientsStep(DISPUTE_ROLES)
    const notifications = transform({ input, recipients }, ({ input, recipients }) =>
      disputeNotifications(input.dispute, input.order_display_id, recipients),
    )
    enqueueNotificationsStep(notifications)
    return new WorkflowResponse(recorded)
  },
)
