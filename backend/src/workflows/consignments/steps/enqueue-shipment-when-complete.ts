import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isLive } from "../../../lib/consignments/transitions"
import { createShipmentJob } from "../../../queues/fulfilment/create-shipment"
import { consignmentsService, queueService } from "../utils/services"

export const enqueueShipmentWhenCompleteStepId = "enqueue-shipment-when-complete"

/**
 * When every consignment still going to the buyer is at the hub (and at least one is), the shipment job is
 * queued, keyed by order. Run under the order's lock, so exactly one change of state sees the order complete.
 */
export const enqueueShipmentWhenCompleteStep = createStep(
  enqueueShipmentWhenCompleteStepId,
  async (input: { order_id: string }, { container }) => {
    const rows = await consignmentsService(container).listConsignments(
      { order_id: input.order_id },
      { select: ["status"] },
    )
    const live = rows.filter((row) => isLive(row.status))
    const complete = live.length > 0 && live.every((row) => row.status === "received")
    if (!complete) return new StepResponse({ queued: false })
    await queueService(container).enqueue(createShipmentJob, { order_id: input.order_id })
    return new StepResponse({ queued: true })
  },
)
