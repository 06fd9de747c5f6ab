import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { bookCarrierStep } from "../steps/book-carrier"
import { createShipmentRecordStep } from "../steps/create-shipment-record"
import { planShipmentStep } from "../steps/plan-shipment"
import { updateShipmentStep } from "../steps/update-shipment"
import { ORDER_LOCK, orderLockKey } from "../utils/services"

export const createShipmentWorkflowId = "create-shipment"

/**
 * Every live consignment of the order is at the hub: one shipment through the default carrier adapter, and
 * Medusa's fulfillment of the received lines (from the hub's stock location, through the usra-hub provider).
 * Does nothing when the order is not complete or already has its shipment, so a second run is harmless.
 */
export const createShipmentWorkflow = createWorkflow(
  createShipmentWorkflowId,
  (input: { order_id: string }) => {
    const key = transform({ input }, ({ input }) => orderLockKey(input.order_id))
    acquireLockStep({ key, ...ORDER_LOCK })
    const plan = planShipmentStep(input)
    const created = when("order-ready-to-ship", { plan }, ({ plan }) => plan.ready).then(() => {
      const shipment = createShipmentRecordStep(plan)
      const booked = bookCarrierStep(
        transform({ plan, shipment }, ({ plan, shipment }) => ({
          carrier: shipment.carrier,
          shipment_id: shipment.id,
          order_id: plan.order_id,
          display_id: plan.display_id,
          destination_country: plan.destination_country,
          items: plan.titles,
        })),
      )
      const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({
          order_id: plan.order_id,
          items: plan.items,
          no_notification: true,
        })),
      })
      updateShipmentStep(
        transform({ shipment, fulfillment }, ({ shipment, fulfillment }) => ({
          id: shipment.id,
          data: { fulfillment_id: fulfillment.id },
        })),
      )
      emitEventStep({ eventName: "shipment.created", data: { order_id: input.order_id } })
      return transform({ shipment, booked }, ({ shipment, booked }) => ({
        shipment_id: shipment.id,
        tracking_number: booked.tracking_number,
        tracking_url: booked.tracking_url,
        carrier: shipment.carrier,
      }))
    })
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform({ created, plan }, ({ created, plan }) => ({
        created: created ?? null,
        skipped: plan.reason,
      })),
    )
  },
)
