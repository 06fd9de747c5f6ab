import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { familyOrdersService } from "../utils/services"

type FamilyOrderStatus = "pending" | "preparing" | "delivered_to_hub" | "shipped" | "delivered" | "canceled"

export const setFamilyOrderStatusStepId = "set-family-order-status"

/**
 * The family's child order follows its consignment: preparing (ready), delivered_to_hub (received), shipped,
 * delivered, canceled. A canceled child order never comes back to life; compensation restores what was there.
 */
export const setFamilyOrderStatusStep = createStep(
  setFamilyOrderStatusStepId,
  async (input: { family_order_ids: string[]; status: FamilyOrderStatus }, { container }) => {
    const service = familyOrdersService(container)
    if (input.family_order_ids.length === 0) return new StepResponse([], [])
    const rows = await service.listFamilyOrders({ id: input.family_order_ids }, { select: ["id", "status"] })
    const changing = rows.filter((row) => row.status !== input.status && row.status !== "canceled")
    if (changing.length === 0) return new StepResponse([], [])
    await service.updateFamilyOrders(changing.map((row) => ({ id: row.id, status: input.status })))
    return new StepResponse(
      changing.map((row) => row.id),
      changing.map((row) => ({ id: row.id, status: row.status })),
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await familyOrdersService(container).updateFamilyOrders(previous)
  },
)
