import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { consignmentsService } from "../utils/services"

export const recordConsignmentRefundStepId = "record-consignment-refund"

/** Keeps the id of the Medusa refund made for this consignment on it; compensation clears it again. */
export const recordConsignmentRefundStep = createStep(
  recordConsignmentRefundStepId,
  async (input: { consignment_id: string; payment_id: string | null }, { container }) => {
    const none = new StepResponse<string | null, string | null>(null, null)
    if (!input.payment_id) return none
    const refunds = await container
      .resolve(Modules.PAYMENT)
      .listRefunds({ payment_id: input.payment_id }, { select: ["id", "metadata"] })
    const refund = refunds.find(
      (row) =>
        (row as { metadata?: Record<string, unknown> | null }).metadata?.consignment_id ===
        input.consignment_id,
    )
    if (!refund) return none
    await consignmentsService(container).updateConsignments({
      id: input.consignment_id,
      refund_id: refund.id,
    })
    return new StepResponse<string | null, string | null>(refund.id, input.consignment_id)
  },
  async (consignmentId, { container }) => {
    if (!consignmentId) return
    await consignmentsService(container).updateConsignments({ id: consignmentId, refund_id: null })
  },
)
