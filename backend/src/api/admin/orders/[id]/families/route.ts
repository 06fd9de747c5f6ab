import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CONSIGNMENTS_MODULE } from "../../../../../modules/consignments"
import type ConsignmentsModuleService from "../../../../../modules/consignments/service"
import { FAMILY_ORDERS_MODULE } from "../../../../../modules/family-orders"
import type FamilyOrdersModuleService from "../../../../../modules/family-orders/service"
import { withFamilies } from "../../../consignments/view"

/**
 * GET /admin/orders/:id/families: a buyer's order as the ministry follows it: the parent order, its child order
 * per family (with the family's names), each family's consignment and the shipment with its tracking events.
 * Hub staff and finance (and super admins). Unknown: 404.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const orderId = req.params.id as string
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "status",
      "created_at",
      "currency_code",
      "total",
      "shipping_total",
      "payment_status",
      "fulfillment_status",
      "shipping_address.country_code",
      "shipping_address.city",
    ],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order "${orderId}" was not found`)
  const consignmentsService = req.scope.resolve<ConsignmentsModuleService>(CONSIGNMENTS_MODULE)
  const [familyOrders, consignments, shipments] = await Promise.all([
    req.scope
      .resolve<FamilyOrdersModuleService>(FAMILY_ORDERS_MODULE)
      .listFamilyOrders({ order_id: orderId }, { order: { created_at: "ASC" } }),
    consignmentsService.listConsignments({ order_id: orderId }, { order: { created_at: "ASC" } }),
    consignmentsService.listShipments({ order_id: orderId }),
  ])
  const shipment = shipments[0]
  const events = shipment
    ? await consignmentsService.listShipmentEvents(
        { shipment_id: shipment.id },
        { order: { occurred_at: "ASC" } },
      )
    : []
  res.json({
    order,
    family_orders: await withFamilies(req.scope, familyOrders),
    consignments: await withFamilies(req.scope, consignments),
    shipment: shipment ? { ...shipment, events } : null,
  })
}
