import { z } from "zod"
import { defineJob } from "../define-job"

/** Every live consignment of the order is at the hub: one shipment and the Medusa fulfillment of those items. */
export const createShipmentJob = defineJob({
  queue: "fulfilment",
  name: "create-shipment",
  payload: z.object({ order_id: z.string().min(1).max(64) }),
  jobId: (payload) => `create-shipment-${payload.order_id}`,
})
