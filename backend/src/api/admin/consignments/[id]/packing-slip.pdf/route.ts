import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPdf } from "../../../../../lib/pdf/document"
import { packingSlipPdf } from "../../../../../lib/pdf/documents/packing-slip"
import { itemsOf } from "../../../../../workflows/consignments/utils/services"
import { adminConsignment } from "../../view"

/** GET /admin/consignments/:id/packing-slip.pdf: the bilingual packing slip of one consignment. Unknown: 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const consignment = await adminConsignment(req.scope, req.params.id as string)
  const bytes = await packingSlipPdf({
    code: consignment.code,
    display_id: consignment.display_id,
    hub: consignment.hub,
    status: consignment.status,
    dropoff_deadline: consignment.dropoff_deadline,
    received_at: consignment.received_at,
    family: consignment.family
      ? { name_ar: consignment.family.name_ar, name_en: consignment.family.name_en }
      : null,
    items: itemsOf(consignment.items),
  })
  sendPdf(res, `packing-slip-${consignment.code}.pdf`, bytes)
}
