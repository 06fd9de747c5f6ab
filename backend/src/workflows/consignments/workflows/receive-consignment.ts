import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { enqueueShipmentWhenCompleteStep } from "../steps/enqueue-shipment-when-complete"
import { loadConsignmentContextStep } from "../steps/load-consignment-context"
import { setFamilyOrderStatusStep } from "../steps/set-family-order-status"
import { transitionConsignmentStep } from "../steps/transition-consignment"
import { ORDER_LOCK, orderLockKey } from "../utils/services"

export const receiveConsignmentWorkflowId = "receive-consignment"

export type ReceiveConsignmentInput = {
  consignment_id: string
  received_by: string
  /** The line items staff ticked off, when they did; the route has checked they are all of the consignment's. */
  checked_items: string[] | null
}

/**
 * Hub staff take the family's items in: the consignment is received, the family order delivered_to_hub, and when
 * it was the last one the order waited for, the shipment job is queued.
 */
export const receiveConsignmentWorkflow = createWorkflow(
  receiveConsignmentWorkflowId,
  (input: ReceiveConsignmentInput) => {
    const context = loadConsignmentContextStep(input)
    const key = transform({ context }, ({ context }) => orderLockKey(context.consignment.order_id))
    acquireLockStep({ key, ...ORDER_LOCK })
    const updated = transitionConsignmentStep(
      transform({ input }, ({ input }) => ({
        consignment_id: input.consignment_id,
        action: "receive" as const,
        data: { received_at: new Date(), received_by: input.received_by, checked_items: input.checked_items },
      })),
    )
    setFamilyOrderStatusStep(
      transform({ context }, ({ context }) => ({
        family_order_ids: [context.consignment.family_order_id],
        status: "delivered_to_hub" as const,
      })),
    )
    emitEventStep({ eventName: "consignment.received", data: { id: input.consignment_id } })
    enqueueShipmentWhenCompleteStep(
      transform({ context }, ({ context }) => ({ order_id: context.consignment.order_id })),
    )
    releaseLockStep({ key })
    return new WorkflowResponse(updated)
  },
)
