import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, refundPaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { bookFamilyRefundStep } from "../steps/book-family-refund"
import { createFamilyRefundStep } from "../steps/create-family-refund"
import { validateFamilyRefundStep } from "../steps/validate-family-refund"

export const refundFamilyOrderWorkflowId = "refund-family-order"

export type RefundFamilyOrderInput = {
  family_order_id: string
  amount: number
  reason: string
  actor_id: string | null
}

/**
 * Refunds part of one family's share of an order to the buyer's card (Medusa's refund workflow, through Stripe),
 * then books what it takes from the family. Under a lock per family order, so two refunds at once cannot both
 * pass the "no more than is left" check.
 */
export const refundFamilyOrderWorkflow = createWorkflow(
  refundFamilyOrderWorkflowId,
  (input: RefundFamilyOrderInput) => {
    const lockKey = transform({ input }, ({ input }) => `family-order-refund-${input.family_order_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const planned = validateFamilyRefundStep(input)
    const refund = createFamilyRefundStep(
      transform({ planned, input }, ({ planned, input }) => ({
        ...planned,
        reason: input.reason,
        created_by: input.actor_id,
      })),
    )
    refundPaymentWorkflow.runAsStep({
      input: transform({ planned, input }, ({ planned, input }) => ({
        payment_id: planned.payment_id,
        amount: planned.amount_major,
        created_by: input.actor_id ?? undefined,
        note: `Family order ${planned.family_order_id}: ${input.reason}`,
      })),
    })
    const booking = bookFamilyRefundStep(transform({ refund }, ({ refund }) => ({ refund_id: refund.id })))
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ refund, booking }, ({ refund, booking }) => ({ refund, booking })),
    )
  },
)
