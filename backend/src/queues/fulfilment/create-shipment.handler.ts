import { createShipmentWorkflow } from "../../workflows/consignments/workflows/create-shipment"
import { dispatchShipmentWorkflow } from "../../workflows/consignments/workflows/dispatch-shipment"
import type { JobHandler } from "../define-job"
import type { createShipmentJob } from "./create-shipment"

/**
 * Creates the order's shipment and Medusa fulfillment once everything is at the hub; does nothing otherwise.
 * A carrier adapter that books the parcel and returns a tracking number dispatches it at once.
 */
export const createShipment: JobHandler<typeof createShipmentJob.payload> = async ({
  payload,
  container,
}) => {
  const { result } = await createShipmentWorkflow(container).run({ input: payload })
  const created = result.created
  if (created?.tracking_number) {
    await dispatchShipmentWorkflow(container).run({
      input: {
        shipment_id: created.shipment_id,
        carrier: created.carrier,
        tracking_number: created.tracking_number,
        tracking_url: created.tracking_url,
        actor_id: null,
      },
    })
  }
  return result
}
