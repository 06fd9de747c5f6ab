import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markConsignmentReadyWorkflow } from "../../../../../workflows/consignments/workflows/mark-consignment-ready"
import { sellerContext } from "../../../utils/seller-context"
import { ownConsignment } from "../../own-consignment"

/**
 * POST /seller/consignments/:id/ready: the family has packed the items. Another family's or unknown: 404; a
 * consignment that is not awaiting drop-off (already ready, received, rejected or cancelled): 409.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const consignment = await ownConsignment(req, seller.family_id)
  await markConsignmentReadyWorkflow(req.scope).run({
    input: { consignment_id: consignment.id, family_id: seller.family_id },
  })
  res.json({ consignment: await ownConsignment(req, seller.family_id) })
}
