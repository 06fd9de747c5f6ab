import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { loadConsignmentContextStep } from "../steps/load-consignment-context"
import { setFamilyOrderStatusStep } from "../steps/set-family-order-status"
import { transitionConsignmentStep } from "../steps/transition-consignment"
import { ORDER_LOCK, orderLockKey } from "../utils/services"

export const markConsignmentReadyWorkflowId = "mark-consignment-ready"

/** The family says its items are packed: the consignment is ready and the family order preparing. */
export const markConsignmentReadyWorkflow = createWorkflow(
  markConsignmentReadyWorkflowId,
  (input: { consignment_id: string; family_id: string }) => {
    const context = loadConsignmentContextStep(input)
    const key = transform({ context }, ({ context }) => orderLockKey(context.consignment.order_id))
    acquireLockStep({ key, ...ORDER_LOCK })
    const updated = transitionConsignmentStep(
      transform({ input }, ({ input }) => ({
        consignment_id: input.consignment_id,
        action: "ready" as const,
        data: { ready_at: new Date() },
      })),
    )
    setFamilyOrderStatusStep(
      transform({ context }, ({ context }) => ({
        family_order_ids: [context.consignment.family_order_id],
        status: "preparing" as const,
      })),
    )
    emitEventStep({ eventName: "consignment.ready", data: { id: input.consignment_id } })
    releaseLockStep({ key })
    return new WorkflowResponse(updated)
  },
)
