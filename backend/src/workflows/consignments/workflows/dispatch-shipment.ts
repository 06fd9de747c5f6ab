import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderShipmentWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { type DispatchInput, dispatchShipmentRecordStep } from "../steps/dispatch-shipment-record"
import { loadShipmentContextStep } from "../steps/load-shipment-context"
import { setFamilyOrderStatusStep } from "../steps/set-family-order-status"
import { buyerNotification } from "../utils/notifications"
import { ORDER_LOCK, orderLockKey } from "../utils/services"

export const dispatchShipmentWorkflowId = "dispatch-shipment"

/**
 * Hub staff hand the parcel to a carrier and type its tracking number: the shipment is in transit, Medusa's
 * fulfillment is marked shipped with that tracking number, the family orders are shipped, and the buyer gets
 * the tracking number in English and Arabic.
 */
export const dispatchShipmentWorkflow = createWorkflow(
  dispatchShipmentWorkflowId,
  (input: DispatchInput & { actor_id: string | null }) => {
    const context = loadShipmentContextStep(input)
    const key = transform({ context }, ({ context }) => orderLockKey(context.shipment.order_id))
    acquireLockStep({ key, ...ORDER_LOCK })
    const updated = dispatchShipmentRecordStep(input)
    createOrderShipmentWorkflow.runAsStep({
      input: transform({ context, input, updated }, ({ context, input, updated }) => ({
        order_id: context.shipment.order_id,
        fulfillment_id: updated.fulfillment_id as string,
        items: context.items,
        labels: [
          { tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" },
        ],
        created_by: input.actor_id ?? undefined,
        no_notification: true,
      })),
    })
    setFamilyOrderStatusStep(
      transform({ context }, ({ context }) => ({
        family_order_ids: context.received.map((row) => row.family_order_id),
        status: "shipped" as const,
      })),
    )
    emitEventStep({ eventName: "shipment.dispatched", data: { id: input.shipment_id } })
    releaseLockStep({ key })
    enqueueNotificationsStep(
      transform({ context, input }, ({ context, input }) =>
        buyerNotification("order_shipped", context.order.email, context.shipment.id, {
          order: `#${context.shipment.display_id}`,
          carrier: input.carrier,
          tracking: input.tracking_number,
          tracking_url: input.tracking_url ?? "",
        }),
      ),
    )
    return new WorkflowResponse(updated)
  },
)
