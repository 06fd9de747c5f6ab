import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CONSIGNMENTS_MODULE } from "../../../modules/consignments"
import type ConsignmentsModuleService from "../../../modules/consignments/service"
import { withFamilies } from "../consignments/view"

type Scope = Pick<MedusaContainer, "resolve">

/** A shipment with its tracking events (oldest first) and the consignments of its order. 404 when unknown. */
export async function adminShipment(scope: Scope, id: string) {
  const service = scope.resolve<ConsignmentsModuleService>(CONSIGNMENTS_MODULE)
  const [shipment] = await service.listShipments({ id })
  if (!shipment) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Shipment not found")
  const events = await service.listShipmentEvents({ shipment_id: id }, { order: { occurred_at: "ASC" } })
  const consignments = await service.listConsignments(
    { order_id: shipment.order_id },
    { select: ["id", "code", "status", "family_id", "hub", "received_at"] },
  )
  return { ...shipment, events, consignments: await withFamilies(scope, consignments) }
}
