import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildTrackingTimeline } from "../../../lib/tracking/timeline"
import { CONSIGNMENTS_MODULE } from "../../../modules/consignments"
import type ConsignmentsModuleService from "../../../modules/consignments/service"
import { FAMILY_MODULE } from "../../../modules/family"
import type FamilyModuleService from "../../../modules/family/service"

/**
 * Where a buyer's order is: its shipment's carrier and tracking number, and the timeline from placed to
 * delivered. Family names only; no code, hub, reason or person appears.
 */
export async function orderTrackingView(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "status", "created_at"],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) return undefined
  const service = container.resolve<ConsignmentsModuleService>(CONSIGNMENTS_MODULE)
  const consignments = await service.listConsignments({ order_id: orderId })
  const [shipment] = await service.listShipments({ order_id: orderId })
  const events = shipment
    ? await service.listShipmentEvents({ shipment_id: shipment.id }, { order: { occurred_at: "ASC" } })
    : []
  const familyIds = [...new Set(consignments.map((row) => row.family_id))]
  const families = familyIds.length
    ? await container
        .resolve<FamilyModuleService>(FAMILY_MODULE)
        .listFamilies({ id: familyIds }, { select: ["id", "name_ar", "name_en"] })
    : []
  const familyOf = new Map(families.map((family) => [family.id, family]))
  const timeline = buildTrackingTimeline({
    order: { created_at: order.created_at as unknown as Date },
    consignments: consignments.map((row) => ({ ...row, family: familyOf.get(row.family_id) ?? null })),
    shipment: shipment ?? null,
    events,
  })
  return {
    order: { id: order.id, display_id: order.display_id, status: order.status },
    shipment: shipment
      ? {
          status: shipment.status,
          carrier: shipment.tracking_number ? shipment.carrier : null,
          tracking_number: shipment.tracking_number,
          tracking_url: shipment.tracking_url,
          shipped_at: shipment.shipped_at,
          delivered_at: shipment.delivered_at,
        }
      : null,
    timeline,
  }
}
