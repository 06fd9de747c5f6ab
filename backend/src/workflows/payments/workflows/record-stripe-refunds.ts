import { MathBN, PaymentEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addOrderTransactionStep,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createStripeRefundsStep, type StripeRefundInput } from "../steps/create-stripe-refunds"

export const recordStripeRefundsWorkflowId = "record-stripe-refunds"

/**
 * Refunds made in Stripe's dashboard, recorded on the Medusa payment and as refund transactions of its order.
 * Runs under a lock per payment, so two `charge.refunded` events for the same charge cannot both record a refund.
 */
export const recordStripeRefundsWorkflow = createWorkflow(
  recordStripeRefundsWorkflowId,
  (input: { payment_id: string; refunds: StripeRefundInput[] }) => {
    const lockKey = transform({ input }, ({ input }) => `stripe-refunds-${input.payment_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const created = createStripeRefundsStep(input)
    when("stripe-refunds-recorded", { created }, ({ created }) => created.refunds.length > 0).then(() => {
      const { data: links } = useQueryGraphStep({
        entity: "order_payment_collection",
        fields: ["order.id"],
        filters: { payment_collection_id: created.payment_collection_id },
      }).config({ name: "stripe-refunds-order" })
      const transactions = transform({ created, links }, ({ created, links }) => {
        const orderId = (links[0] as { order?: { id: string } } | undefined)?.order?.id
        if (!orderId) return []
        return created.refunds.map((refund) => ({
          order_id: orderId,
          amount: MathBN.mult(refund.amount, -1),
          currency_code: created.currency_code,
          reference: "refund",
          reference_id: refund.id,
        }))
      })
      addOrderTransactionStep(transactions)
      emitEventStep({ eventName: PaymentEvents.REFUNDED, data: { id: input.payment_id } })
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ created }, ({ created }) => created.refunds))
  },
)
