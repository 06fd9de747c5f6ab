import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { consignmentsService } from "../utils/services"

export type ConsignmentUpdate = { id: string; data: Record<string, unknown> }

export const updateConsignmentStepId = "update-consignment"

/** Sets fields of one consignment; compensation puts back what they were. */
export const updateConsignmentStep = createStep(
  updateConsignmentStepId,
  async (input: ConsignmentUpdate, { container }) => {
    const service = consignmentsService(container)
    const before = (await service.retrieveConsignment(input.id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(input.data).map((key) => [key, before[key] ?? null]))
    const updated = await service.updateConsignments({ id: input.id, ...input.data })
    return new StepResponse(updated, { id: input.id, data: previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await consignmentsService(container).updateConsignments({ id: previous.id, ...previous.data })
  },
)
