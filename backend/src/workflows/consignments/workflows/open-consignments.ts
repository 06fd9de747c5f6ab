import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { createConsignmentsStep } from "../steps/create-consignments"
import { planConsignmentsStep } from "../steps/plan-consignments"
import { scheduleDropoffJobsStep } from "../steps/schedule-dropoff-jobs"
import { familyNotifications } from "../utils/notifications"
import { itemsOf } from "../utils/services"

export const openConsignmentsWorkflowId = "open-consignments"

/**
 * After an order is split: one consignment per family order, its reminder, escalation and cancellation scheduled
 * as delayed jobs, and each family told in Arabic and English what to bring, where, by when, and with which code.
 * Safe to run again: families that already have their consignment are skipped.
 */
export const openConsignmentsWorkflow = createWorkflow(
  openConsignmentsWorkflowId,
  (input: { order_id: string }) => {
    const plans = planConsignmentsStep(input)
    const created = createConsignmentsStep(plans)
    scheduleDropoffJobsStep(created)
    emitEventStep(
      transform({ created }, ({ created }) => ({
        eventName: "consignment.created",
        data: created.map((row) => ({ id: row.id, order_id: row.order_id, family_id: row.family_id })),
      })),
    )
    const notifications = transform({ created }, ({ created }) =>
      created.flatMap((row) =>
        familyNotifications("consignment_opened", { ...row, items: itemsOf(row.items) }, row.plan.family),
      ),
    )
    enqueueNotificationsStep(notifications)
    return new WorkflowResponse(created)
  },
)
