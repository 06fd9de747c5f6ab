import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import type { NewShipmentEvent } from "../../../modules/consignments/service"
import { loadShipmentContextStep } from "../steps/load-shipment-context"
import { recordShipmentEventStep } from "../steps/record-shipment-event"
import { scheduleFundReleasesStep } from "../steps/schedule-fund-releases"
import { setFamilyOrderStatusStep } from "../steps/set-family-order-status"
import { ORDER_LOCK, orderLockKey } from "../utils/services"

export const recordShipmentEventWorkflowId = "record-shipment-event"

/**
 * A tracking update, typed by hub staff or sent by a carrier: recorded once, and on `delivered` Medusa's
 * fulfillment is marked delivered, the family orders delivered, and each family's funds scheduled for release
 * after the return window.
 */
export const recordShipmentEventWorkflow = createWorkflow(
  recordShipmentEventWorkflowId,
  (input: NewShipmentEvent) => {
    const context = loadShipmentContextStep(input)
    const key = transform({ context }, ({ context }) => orderLockKey(context.shipment.order_id))
    acquireLockStep({ key, ...ORDER_LOCK })
    const recorded = recordShipmentEventStep(input)
    when(
      "shipment-delivered",
      { recorded },
      ({ recorded }) => recorded.created && recorded.event.status === "delivered",
    ).then(() => {
      markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
        input: transform({ context }, ({ context }) => ({
          orderId: context.shipment.order_id,
          fulfillmentId: context.shipment.fulfillment_id as string,
        })),
      })
      setFamilyOrderStatusStep(
        transform({ context }, ({ context }) => ({
          family_order_ids: context.received.map((row) => row.family_order_id),
          status: "delivered" as const,
        })),
      )
      scheduleFundReleasesStep(
        transform({ context }, ({ context }) => ({
          order_id: context.shipment.order_id,
          family_ids: context.received.map((row) => row.family_id),
        })),
      )
      emitEventStep({ eventName: "shipment.delivered", data: { id: input.shipment_id } })
    })
    releaseLockStep({ key })
    return new WorkflowResponse(recorded)
  },
)
