import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { consignmentsService } from "../utils/services"

export const updateShipmentStepId = "update-shipment"

/** Sets fields of a shipment; compensation puts back what they were. */
export const updateShipmentStep = createStep(
  updateShipmentStepId,
  async (input: { id: string; data: Record<string, unknown> }, { container }) => {
    const service = consignmentsService(container)
    const before = (await service.retrieveShipment(input.id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(input.data).map((key) => [key, before[key] ?? null]))
    const updated = await service.updateShipments({ id: input.id, ...input.data })
    return new StepResponse(updated, { id: input.id, data: previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await consignmentsService(container).updateShipments({ id: previous.id, ...previous.data })
  },
)
