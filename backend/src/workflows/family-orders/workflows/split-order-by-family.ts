import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { FAMILY_MODULE } from "../../../modules/family"
import { FAMILY_ORDERS_MODULE } from "../../../modules/family-orders"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { createFamilyOrdersStep } from "../steps/create-family-orders"
import { planFamilyOrdersStep } from "../steps/plan-family-orders"

export const splitOrderByFamilyWorkflowId = "split-order-by-family"

/**
 * After an order is placed: one child order per family, linked to the parent order and the family, and each
 * family told in Arabic and English what to prepare. Runs in the fulfilment queue, never in the checkout request.
 */
export const splitOrderByFamilyWorkflow = createWorkflow(
  splitOrderByFamilyWorkflowId,
  (input: { order_id: string }) => {
    const plans = planFamilyOrdersStep(input)
    const created = createFamilyOrdersStep(plans)
    const links = transform({ created }, ({ created }): LinkDefinition[] =>
      created.flatMap((row): LinkDefinition[] => [
        { [Modules.ORDER]: { order_id: row.order_id }, [FAMILY_ORDERS_MODULE]: { family_order_id: row.id } },
        {
          [FAMILY_MODULE]: { family_id: row.family_id },
          [FAMILY_ORDERS_MODULE]: { family_order_id: row.id },
        },
      ]),
    )
    createRemoteLinkStep(links)
    const events = transform({ created }, ({ created }) => ({
      eventName: "family_order.created",
      data: created.map((row) => ({ id: row.id, order_id: row.order_id, family_id: row.family_id })),
    }))
    emitEventStep(events)
    const notifications = transform({ created }, ({ created }) =>
      created.flatMap((row) =>
        row.plan.member_emails.map((email) => ({
          template: "family_order_received",
          to: { email },
          locale: "ar" as const,
          idempotency_key: `family-order-${row.id}-${email.replace(/[^a-zA-Z0-9]/g, "_")}`,
          params: {
            family_ar: row.plan.family_name_ar,
            family_en: row.plan.family_name_en,
            order: `#${row.display_id}`,
            count: row.item_count,
            items: row.plan.items.map((item) => `${item.quantity} × ${item.title}`).join("\n"),
          },
        })),
      ),
    )
    enqueueNotificationsStep(notifications)
    return new WorkflowResponse(created)
  },
)
