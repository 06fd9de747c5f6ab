import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrderWorkflow,
  deleteReservationsByLineItemsStep,
  emitEventStep,
  type RefundPaymentWorkflowInput,
  refundPaymentWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { enqueueShipmentWhenCompleteStep } from "../steps/enqueue-shipment-when-complete"
import { loadConsignmentContextStep } from "../steps/load-consignment-context"
import { planConsignmentRefundStep } from "../steps/plan-consignment-refund"
import { recordConsignmentRefundStep } from "../steps/record-consignment-refund"
import { setFamilyOrderStatusStep } from "../steps/set-family-order-status"
import { transitionConsignmentStep } from "../steps/transition-consignment"
import { cancellationNotifications } from "../utils/cancellation-notifications"
import { ORDER_LOCK, orderLockKey } from "../utils/services"

export const cancelConsignmentWorkflowId = "cancel-consignment"

export type CancelConsignmentInput = {
  consignment_id: string
  /** `cancel`: never delivered in time (the job); `reject`: hub staff refused the goods. */
  action: "cancel" | "reject"
  reason: { ar: string; en: string }
  actor_id: string | null
}

const REFUNDED_BY = "usra-fulfilment"

/**
 * A consignment that will not reach the buyer, cancelled or rejected alike: its lines are refunded through
 * Medusa's refund flow as a partial refund of the card payment (the refund carries the consignment's id, so a
 * second run refunds nothing), their stock reservations released, the family order canceled. When no
 * consignment is left to send, the whole order is cancelled instead, which refunds what is left, shipping too.
 * When the others are all at the hub, the shipment job is queued. Family and buyer are told in both languages.
 */
export const cancelConsignmentWorkflow = createWorkflow(
  cancelConsignmentWorkflowId,
  (input: CancelConsignmentInput) => {
    const context = loadConsignmentContextStep(input)
    const key = transform({ context }, ({ context }) => orderLockKey(context.consignment.order_id))
    acquireLockStep({ key, ...ORDER_LOCK })
    const updated = transitionConsignmentStep(
      transform({ input }, ({ input }) => ({
        consignment_id: input.consignment_id,
        action: input.action,
        data:
          input.action === "reject"
            ? { rejected_at: new Date(), rejected_by: input.actor_id, rejection_reason: input.reason.en }
            : { cancelled_at: new Date(), cancellation_reason: input.reason.en },
      })),
    )
    const plan = planConsignmentRefundStep(
      transform({ context }, ({ context }) => ({
        consignment_id: context.consignment.id,
        order_id: context.consignment.order_id,
      })),
    )
    when(
      "refund-consignment-items",
      { plan },
      ({ plan }) => plan.mode === "items" && !plan.already_refunded,
    ).then(() => {
      refundPaymentWorkflow.runAsStep({
        input: transform({ plan, input }, ({ plan, input }) => ({
          payment_id: plan.payment_id as string,
          amount: plan.amount,
          created_by: REFUNDED_BY,
          note: `Consignment ${input.consignment_id} ${input.action === "reject" ? "rejected at the hub" : "never delivered to the hub"}`,
          metadata: { consignment_id: input.consignment_id },
        })) as unknown as RefundPaymentWorkflowInput,
      })
    })
    when("release-consignment-stock", { plan }, ({ plan }) => plan.mode === "items").then(() => {
      deleteReservationsByLineItemsStep(transform({ plan }, ({ plan }) => plan.line_item_ids))
    })
    when("cancel-whole-order", { plan }, ({ plan }) => plan.mode === "order" && !plan.order_canceled).then(
      () => {
        cancelOrderWorkflow.runAsStep({
          input: transform({ context }, ({ context }) => ({
            order_id: context.consignment.order_id,
            canceled_by: REFUNDED_BY,
          })),
        })
      },
    )
    recordConsignmentRefundStep(
      transform({ plan, input }, ({ plan, input }) => ({
        consignment_id: input.consignment_id,
        payment_id: plan.mode === "items" ? plan.payment_id : null,
      })),
    )
    setFamilyOrderStatusStep(
      transform({ context }, ({ context }) => ({
        family_order_ids: [context.consignment.family_order_id],
        status: "canceled" as const,
      })),
    )
    emitEventStep(
      transform({ input, updated }, ({ input, updated }) => ({
        eventName: `consignment.${updated.status}`,
        data: { id: input.consignment_id },
      })),
    )
    enqueueShipmentWhenCompleteStep(
      transform({ context }, ({ context }) => ({ order_id: context.consignment.order_id })),
    )
    releaseLockStep({ key })
    enqueueNotificationsStep(
      transform({ context, plan, input }, ({ context, plan, input }) =>
        cancellationNotifications(context, plan, input.reason),
      ),
    )
    return new WorkflowResponse(updated)
  },
)
