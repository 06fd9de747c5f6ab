import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendPdf } from "../../../../../lib/pdf/document"
import { type ShippingLabelInput, shippingLabelPdf } from "../../../../../lib/pdf/documents/shipping-label"
import { adminShipment } from "../../view"

/**
 * GET /admin/shipments/:id/label.pdf: the parcel's 4×6 inch label (from the hub to the buyer's shipping address,
 * carrier and tracking number, the families inside). Unknown: 404.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shipment = await adminShipment(req.scope, req.params.id as string)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "shipping_address.*"],
    filters: { id: shipment.order_id },
  })
  const order = data[0] as { shipping_address?: ShippingLabelInput["address"] } | undefined
  const bytes = await shippingLabelPdf({
    id: shipment.id,
    display_id: shipment.display_id,
    carrier: shipment.carrier,
    tracking_number: shipment.tracking_number,
    created_at: shipment.created_at,
    address: order?.shipping_address ?? null,
    consignments: shipment.consignments
      .filter((consignment) => consignment.status === "received")
      .map((consignment) => ({
        code: consignment.code,
        family: consignment.family
          ? { name_ar: consignment.family.name_ar, name_en: consignment.family.name_en }
          : null,
      })),
  })
  sendPdf(res, `label-${shipment.display_id}.pdf`, bytes)
}
