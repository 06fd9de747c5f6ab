import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { payoutsService } from "../utils/payouts-service"
import type { PlannedFamilyRefund } from "./validate-family-refund"

export const createFamilyRefundStepId = "create-family-refund"

/** Records the refund against the family's share before the money moves; compensation removes the record. */
export const createFamilyRefundStep = createStep(
  createFamilyRefundStepId,
  async (input: PlannedFamilyRefund & { reason: string; created_by: string | null }, { container }) => {
    const refund = await payoutsService(container).createFamilyRefunds({
      family_order_id: input.family_order_id,
      family_id: input.family_id,
      order_id: input.order_id,
      display_id: input.display_id,
      currency_code: input.currency_code,
      amount: input.amount,
      amount_jod: input.amount_jod,
      reason: input.reason,
      payment_id: input.payment_id,
      created_by: input.created_by,
    })
    return new StepResponse(refund, refund.id)
  },
  async (id, { container }) => {
    if (id) await payoutsService(container).deleteFamilyRefunds(id)
  },
)
